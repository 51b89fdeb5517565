package dev.grantry.service.audit;

import dev.grantry.persistence.audit.AuditEvent;

/**
 * Follows the audit chain one sealed event at a time, in chain order, from a place and the hash before it, until the
 * first broken link: a place skipped (missing), a place repeated (out of order), or a hash that the event's content
 * no longer gives (altered).
 */
final class ChainWalk {

    private long expectedSeq;
    private String previousHash;
    private long checked;
    private Long brokenSeq;
    private Long brokenEventId;
    private ChainProblem problem;

    ChainWalk(long fromSeq, String hashBefore) {
        this.expectedSeq = fromSeq;
        this.previousHash = hashBefore;
    }

    /** Checks the next sealed event; {@code false} once the chain is broken (then later events are not checked). */
    boolean accept(AuditEvent event) {
        if (problem != null) {
            return false;
        }
        long seq = event.getChainSeq();
        if (seq < expectedSeq) {
            return broken(seq, event.getId(), ChainProblem.OUT_OF_ORDER);
        }
        if (seq > expectedSeq) {
            return broken(expectedSeq, null, ChainProblem.MISSING);
        }
        if (!event.isIntactAfter(previousHash)) {
            return broken(seq, event.getId(), ChainProblem.ALTERED);
        }
        checked++;
        expectedSeq++;
        previousHash = event.getChainHash();
        return true;
    }

    /** The place of the next event to check. */
    long nextSeq() {
        return expectedSeq;
    }

    boolean isBroken() {
        return problem != null;
    }

    /**
     * The result once every event up to the head was offered: events missing before the head, or a last hash other
     * than the head's, break the chain too.
     */
    ChainVerification end(long headSeq, String headHash, long unsealed) {
        if (problem == null && expectedSeq <= headSeq) {
            broken(expectedSeq, null, ChainProblem.MISSING);
        } else if (problem == null && checked > 0 && !previousHash.equals(headHash)) {
            broken(headSeq, null, ChainProblem.ALTERED);
        }
        return new ChainVerification(brokenSeq, brokenEventId, problem, checked, unsealed);
    }

    private boolean broken(long seq, Long eventId, ChainProblem why) {
        brokenSeq = seq;
        brokenEventId = eventId;
        problem = why;
        return false;
    }
}
