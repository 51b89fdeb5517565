package dev.grantry.service.audit;

/**
 * What a verification of the audit chain found: whether every sealed event from the anchor to the head is intact and
 * in its place, else the first broken link.
 *
 * @param brokenSeq the place of the first broken link; {@code null} when intact
 * @param brokenEventId the id of the event there; {@code null} when intact or when the event is missing
 * @param problem why that link is broken; {@code null} when intact
 * @param checked how many events were found intact before the end or the first broken link
 * @param unsealed how many events were not yet sealed into the chain (they are checked once sealed)
 */
public record ChainVerification(Long brokenSeq, Long brokenEventId, ChainProblem problem, long checked, long unsealed) {

    public boolean intact() {
        return problem == null;
    }

    /** One sentence for an auditor. */
    public String summary() {
        String unsealedNote = unsealed == 0 ? "" : " " + unsealed + " newer events are not sealed yet.";
        if (intact()) {
            return "The audit chain is intact: " + checked + " sealed events checked." + unsealedNote;
        }
        return "The audit chain is broken at place " + brokenSeq
                + (brokenEventId == null ? "" : " (event " + brokenEventId + ")") + ", "
                + problem.description() + "; " + checked + " events before it are intact." + unsealedNote;
    }
}
