package dev.grantry.service.audit;

import dev.grantry.persistence.audit.AuditEvent;
import dev.grantry.persistence.audit.AuditEventRepository;
import dev.grantry.persistence.audit.AuditEventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Reads the audit trail for the audit pages, a user's activity page, the CSV export and the audit API: newest first,
 * page by page with a keyset cursor (no OFFSET), each page in a persistence context of its own when called outside a
 * transaction, so that exporting millions of events holds one batch in memory at a time. Never writes.
 */
@ApplicationScoped
public class AuditLog {

    /** The largest page anyone may ask for. */
    public static final int MAX_PAGE = 500;

    static final int EXPORT_BATCH = 500;

    /** How many events one read of an export brings; smaller in tests, so that they cross batches cheaply. */
    int exportBatch = EXPORT_BATCH;

    /** After this, no transaction that began before a day ended can still add to it. */
    static final Duration SETTLED = Duration.ofMinutes(10);
    /** How long a settled day's counts are kept (the retention purge may still remove events). */
    static final Duration KEPT = Duration.ofHours(1);
    /** The most days kept; beyond, all are dropped and read again (a year of charts). */
    static final int KEPT_DAYS = 400;

    private final Map<LocalDate, KeptDay> settledDays = new ConcurrentHashMap<>();

    @Inject
    AuditEventRepository events;

    @Inject
    Clock clock;

    /**
     * At most {@code size} events that {@code query} selects, newest first, after {@code after} (the previous page's
     * cursor) or from the newest when it is {@code null}.
     */
    public AuditPage page(AuditQuery query, AuditCursor after, int size) {
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        List<AuditEvent> found = events.search(query.toFilter(), after == null ? null : after.toPosition(), limit + 1);
        List<AuditEntry> entries =
                found.stream().limit(limit).map(AuditEntry::of).toList();
        AuditCursor next = found.size() > limit ? entries.get(limit - 1).cursor() : null;
        return new AuditPage(entries, next);
    }

    /** Hands every event {@code query} selects to {@code sink}, newest first, one batch at a time. */
    public void export(AuditQuery query, Consumer<AuditEntry> sink) {
        AuditCursor after = null;
        do {
            AuditPage page = page(query, after, exportBatch);
            page.entries().forEach(sink);
            after = page.next();
        } while (after != null);
    }

    /**
     * The tokens issued per day (UTC) and application on the {@code dayCount} days up to the one before {@code until}
     * (today when {@code null}), oldest first: one counting query per day, each an index range scan. A day that ended
     * over {@link #SETTLED} ago no longer changes, so its counts are kept for {@link #KEPT} (per node, at most
     * {@link #KEPT_DAYS} days): the chart above every audit page then counts only the recent days, not a
     * million-event fortnight each time.
     */
    public List<DailyCounts> tokensIssuedPerDay(Instant until, int dayCount) {
        Instant now = clock.instant();
        LocalDate lastDay = LocalDate.ofInstant(until == null ? now : until.minusMillis(1), ZoneOffset.UTC);
        List<DailyCounts> days = new ArrayList<>();
        for (LocalDate day = lastDay.minusDays(dayCount - 1L); !day.isAfter(lastDay); day = day.plusDays(1)) {
            Instant end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            KeptDay kept = settledDays.get(day);
            if (kept == null || kept.readAt().plus(KEPT).isBefore(now)) {
                kept = new KeptDay(count(day, end), now);
                if (end.plus(SETTLED).isBefore(now)) {
                    if (settledDays.size() >= KEPT_DAYS) {
                        settledDays.clear();
                    }
                    settledDays.put(day, kept);
                }
            }
            days.add(kept.counts());
        }
        return days;
    }

    private DailyCounts count(LocalDate day, Instant end) {
        Map<String, Long> byClient = new TreeMap<>();
        events.countByClient(
                        AuditEventType.TOKEN_ISSUED,
                        day.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        end)
                .forEach((client, count) -> byClient.put(client == null ? "" : client, count));
        return new DailyCounts(day, byClient);
    }

    /** A day's counts and when they were read. */
    private record KeptDay(DailyCounts counts, Instant readAt) {}
}
