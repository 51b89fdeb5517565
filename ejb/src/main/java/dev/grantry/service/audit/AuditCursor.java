package dev.grantry.service.audit;

import dev.grantry.persistence.audit.AuditPosition;
import java.time.Instant;

/**
 * Where a page of audit events (newest first) ended, as text a page link or an API client hands back for the next
 * page: keyset pagination, so that the millionth page costs what the first does.
 */
public record AuditCursor(Instant occurredAt, long id) {

    /** The cursor as text: the time in epoch milliseconds and the event id. */
    public String token() {
        return occurredAt.toEpochMilli() + "_" + id;
    }

    /**
     * The cursor {@link #token()} wrote.
     *
     * @throws IllegalArgumentException when {@code token} is not one
     */
    public static AuditCursor parse(String token) {
        int separator = token == null ? -1 : token.indexOf('_');
        try {
            if (separator > 0 && token.length() <= 40) {
                return new AuditCursor(
                        Instant.ofEpochMilli(Long.parseLong(token.substring(0, separator))),
                        Long.parseLong(token.substring(separator + 1)));
            }
        } catch (NumberFormatException e) {
            // told below, as every other malformed cursor
        }
        throw new IllegalArgumentException("The cursor is not one this server gave.");
    }

    AuditPosition toPosition() {
        return new AuditPosition(occurredAt, id);
    }
}
