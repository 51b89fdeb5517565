package dev.grantry.web.audit;

import dev.grantry.service.audit.AuditCursor;
import dev.grantry.service.audit.AuditQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads the audit filters that the audit page, its CSV export and the audit API take as text: {@code from} and
 * {@code to} as a day ({@code 2026-12-01}, UTC; {@code to} includes its whole day) or an instant
 * ({@code 2026-12-01T10:00:00Z}, {@code to} excluded), the event type and outcome by name, the user and the client id,
 * the cursor of the previous page, and a page size.
 */
public final class AuditParameters {

    /** The page size when none is asked for. */
    public static final int DEFAULT_LIMIT = 50;

    private AuditParameters() {}

    /**
     * The query these texts describe; blank ones select anything.
     *
     * @throws IllegalArgumentException with a message to show the caller when one is malformed
     */
    public static AuditQuery query(String from, String to, String type, String user, String client, String outcome) {
        return new AuditQuery(time("from", from, false), time("to", to, true), type, user, client, outcome);
    }

    /**
     * The cursor of the page before, or {@code null} for the first page.
     *
     * @throws IllegalArgumentException when it is not one this server gave
     */
    public static AuditCursor cursor(String cursor) {
        return isBlank(cursor) ? null : AuditCursor.parse(cursor.trim());
    }

    /**
     * The page size asked for, {@link #DEFAULT_LIMIT} when none.
     *
     * @throws IllegalArgumentException when it is not a whole number from 1 to {@code max}
     */
    public static int limit(String limit, int max) {
        if (isBlank(limit)) {
            return Math.min(DEFAULT_LIMIT, max);
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // told below, as every other value out of range
        }
        throw new IllegalArgumentException("The limit is a whole number from 1 to " + max + ".");
    }

    private static Instant time(String name, String text, boolean endOfRange) {
        if (isBlank(text)) {
            return null;
        }
        String value = text.trim();
        try {
            if (value.length() == "yyyy-mm-dd".length()) {
                LocalDate day = LocalDate.parse(value);
                return (endOfRange ? day.plusDays(1) : day)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "The " + name + " time is a day (2026-12-01) or an instant in UTC (2026-12-01T10:00:00Z).");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
