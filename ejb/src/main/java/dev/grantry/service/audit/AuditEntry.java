package dev.grantry.service.audit;

import dev.grantry.persistence.audit.AuditEvent;
import java.time.Instant;

/**
 * One audit event as auditors, users and SIEM tools read it.
 *
 * @param chainSeq its place in the hash chain; {@code null} while it waits to be sealed
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String type,
        String outcome,
        String actor,
        String subjectUser,
        String clientId,
        String scopes,
        Long grantId,
        String tokenJti,
        String remoteAddress,
        String userAgent,
        String node,
        String detail,
        Long chainSeq) {

    static AuditEntry of(AuditEvent event) {
        return new AuditEntry(
                event.getId(),
                event.getOccurredAt(),
                event.getType().name(),
                event.getOutcome().name(),
                event.getActor(),
                event.getSubjectUser(),
                event.getClientId(),
                event.getScopes(),
                event.getGrantId(),
                event.getTokenJti(),
                event.getRemoteAddress(),
                event.getUserAgent(),
                event.getNode(),
                event.getDetail(),
                event.getChainSeq());
    }

    /** Whether it is sealed into the chain yet (the sealer runs a few seconds behind). */
    public boolean sealed() {
        return chainSeq != null;
    }

    AuditCursor cursor() {
        return new AuditCursor(occurredAt, id);
    }
}
