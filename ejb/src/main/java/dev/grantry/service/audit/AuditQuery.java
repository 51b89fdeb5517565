package dev.grantry.service.audit;

import dev.grantry.persistence.audit.AuditEventType;
import dev.grantry.persistence.audit.AuditFilter;
import dev.grantry.persistence.audit.AuditOutcome;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Which audit events to read: every part optional ({@code null} or blank: any). Built from what an auditor or a SIEM
 * tool typed, so it checks itself.
 *
 * @param from events at or after this time
 * @param to events before this time
 * @param type an event type's name, such as {@code SIGN_IN}
 * @param user the username the events concern
 * @param client the client id of the application the events concern
 * @param outcome {@code SUCCESS} or {@code FAILURE}
 * @throws IllegalArgumentException with a message to show when the type or the outcome is unknown, or the time range
 *     is empty
 */
public record AuditQuery(Instant from, Instant to, String type, String user, String client, String outcome) {

    /** Every event. */
    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);

    public AuditQuery {
        type = blankToNull(type);
        user = blankToNull(user);
        client = blankToNull(client);
        outcome = blankToNull(outcome);
        if (type != null && !eventTypes().contains(type)) {
            throw new IllegalArgumentException("There is no event type " + type + ".");
        }
        if (outcome != null && !outcomes().contains(outcome)) {
            throw new IllegalArgumentException("The outcome is SUCCESS or FAILURE.");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("The time range ends before it starts.");
        }
    }

    /** The events concerning {@code username}: what a user sees of their own. */
    public static AuditQuery ofUser(String username) {
        return new AuditQuery(null, null, null, username, null, null);
    }

    /** The names of the event types, in their documented order. */
    public static List<String> eventTypes() {
        return Arrays.stream(AuditEventType.values()).map(Enum::name).toList();
    }

    /** The names of the outcomes. */
    public static List<String> outcomes() {
        return Arrays.stream(AuditOutcome.values()).map(Enum::name).toList();
    }

    AuditFilter toFilter() {
        return new AuditFilter(
                from,
                to,
                type == null ? null : AuditEventType.valueOf(type),
                user,
                client,
                outcome == null ? null : AuditOutcome.valueOf(outcome));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
