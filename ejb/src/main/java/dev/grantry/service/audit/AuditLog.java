package dev.grantry.service.audit;

import dev.grantry.persistence.audit.AuditEvent;
import dev.grantry.persistence.audit.AuditEventRepository;
import dev.grantry.persistence.audit.AuditEventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
     * (today when {@code null}), oldest first: one counting query per day, each an index range scan.
     */
    public List<DailyCounts> tokensIssuedPerDay(Instant until, int dayCount) {
        LocalDate lastDay = LocalDate.ofInstant(until == null ? clock.instant() : until.minusMillis(1), ZoneOffset.UTC);
        List<DailyCounts> days = new ArrayList<>();
        for (LocalDate day = lastDay.minusDays(dayCount - 1L); !day.isAfter(lastDay); day = day.plusDays(1)) {
            Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            Map<String, Long> byClient = new TreeMap<>();
            events.countByClient(AuditEventType.TOKEN_ISSUED, start, end)
                    .forEach((client, count) -> byClient.put(client == null ? "" : client, count));
            days.add(new DailyCounts(day, byClient));
        }
        return days;
    }
}
