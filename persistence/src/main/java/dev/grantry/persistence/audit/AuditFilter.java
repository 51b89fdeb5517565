package dev.grantry.persistence.audit;

import java.time.Instant;

/**
 * Which {@link AuditEvent}s an auditor asks for; every part is optional ({@code null}: any).
 *
 * @param from events at or after this time
 * @param to events before this time
 * @param type events of this type
 * @param user events concerning this user ({@link AuditEvent#getSubjectUser()})
 * @param client events of this application ({@link AuditEvent#getClientId()})
 * @param outcome events with this outcome
 */
public record AuditFilter(
        Instant from, Instant to, AuditEventType type, String user, String client, AuditOutcome outcome) {

    /** Every event. */
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);

    /** The events concerning {@code username}. */
    public static AuditFilter ofUser(String username) {
        return new AuditFilter(null, null, null, username, null, null);
    }
}
