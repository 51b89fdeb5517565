package dev.grantry.persistence.audit;

import java.time.Instant;

/**
 * Where a page of {@link AuditEvent}s (newest first) ended: the next page holds the events older than this one
 * (keyset pagination, so that page 1,000 costs what page 1 does, and no event is skipped or shown twice while new
 * ones arrive).
 */
public record AuditPosition(Instant occurredAt, long id) {

    /** The position of {@code event}, to continue after it. */
    public static AuditPosition of(AuditEvent event) {
        return new AuditPosition(event.getOccurredAt(), event.getId());
    }
}
