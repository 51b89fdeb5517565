package dev.grantry.service.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.audit.AuditEvent;
import dev.grantry.persistence.audit.AuditEventRepository;
import dev.grantry.persistence.audit.AuditEventType;
import dev.grantry.persistence.audit.AuditOutcome;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuditLogTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    private final TestContainer container =
            new TestContainer(db, Clock.fixed(T, ZoneOffset.UTC), TestSettings.settings());
    private final AuditEventRepository events = container.get(AuditEventRepository.class);
    private final AuditLog log = container.get(AuditLog.class);

    {
        log.exportBatch = 4;
    }

    private void store(int count, String user) {
        db.inTransaction(() -> {
            for (int i = 0; i < count; i++) {
                events.append(new AuditEvent(T.plusSeconds(i / 2), AuditEventType.SIGN_IN, AuditOutcome.SUCCESS)
                        .subjectUser(user)
                        .detail(user + i));
            }
        });
    }

    @Test
    void whenPagedThenNewestFirstWithoutGapsOrRepeatsAndNoCursorAfterTheLastPage() {
        store(5, "alice");
        store(2, "bob");
        AuditQuery alices = AuditQuery.ofUser("alice");

        AuditPage first = log.page(alices, null, 2);
        AuditPage second = log.page(alices, AuditCursor.parse(first.next().token()), 2);
        AuditPage third = log.page(alices, second.next(), 2);

        List<String> details = new ArrayList<>();
        for (AuditPage page : List.of(first, second, third)) {
            page.entries().forEach(entry -> details.add(entry.detail()));
        }
        assertEquals(List.of("alice4", "alice3", "alice2", "alice1", "alice0"), details);
        assertNull(third.next());
        assertFalse(first.entries().get(0).sealed());
    }

    @Test
    void whenExportedThenEverySelectedEventInBatchesNewestFirst() {
        store(11, "carol");
        store(1, "dave");

        List<String> exported = new ArrayList<>();
        log.export(AuditQuery.ofUser("carol"), entry -> exported.add(entry.detail()));

        assertEquals(11, exported.size());
        assertEquals("carol" + (10), exported.get(0));
        assertEquals(11, exported.stream().distinct().count());
    }

    @Test
    void whenTokensAreCountedPerDayThenEachDayByApplicationAndDaysWithoutAnyAreZero() {
        db.inTransaction(() -> {
            events.append(new AuditEvent(T, AuditEventType.TOKEN_ISSUED, AuditOutcome.SUCCESS).clientId("app"));
            events.append(new AuditEvent(T, AuditEventType.TOKEN_ISSUED, AuditOutcome.SUCCESS).clientId("app"));
            events.append(new AuditEvent(T.plusSeconds(86_400), AuditEventType.TOKEN_ISSUED, AuditOutcome.SUCCESS)
                    .clientId("robot"));
            events.append(new AuditEvent(T, AuditEventType.SIGN_IN, AuditOutcome.SUCCESS));
        });

        List<DailyCounts> days = log.tokensIssuedPerDay(Instant.parse("2026-12-03T00:00:00Z"), 3);

        assertEquals(
                List.of(
                        new DailyCounts(LocalDate.parse("2026-11-30"), Map.of()),
                        new DailyCounts(LocalDate.parse("2026-12-01"), Map.of("app", 2L)),
                        new DailyCounts(LocalDate.parse("2026-12-02"), Map.of("robot", 1L))),
                days);
        assertEquals(2, days.get(1).total());
        assertEquals(
                List.of(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-01")),
                log.tokensIssuedPerDay(null, 2).stream().map(DailyCounts::day).toList(),
                "up to today by the clock");
    }

    @Test
    void whenADayHasSettledThenItsCountsAreKeptWhileTodaysAreCountedAgain() {
        Instant yesterday = T.minusSeconds(86_400);
        List<DailyCounts> first = log.tokensIssuedPerDay(null, 2);
        db.inTransaction(() -> {
            events.append(new AuditEvent(yesterday, AuditEventType.TOKEN_ISSUED, AuditOutcome.SUCCESS).clientId("a"));
            events.append(new AuditEvent(T, AuditEventType.TOKEN_ISSUED, AuditOutcome.SUCCESS).clientId("a"));
        });

        List<DailyCounts> second = log.tokensIssuedPerDay(null, 2);

        assertEquals(first.get(0), second.get(0), "yesterday ended long ago: its counts are the kept ones");
        assertEquals(0, first.get(1).total());
        assertEquals(1, second.get(1).total(), "today is counted on every call");
    }

    @Test
    void whenAQueryNamesAnUnknownTypeOrOutcomeOrAnEmptyRangeThenRefusedWithAReason() {
        Instant later = T.plusSeconds(1);
        assertEquals(
                "There is no event type NOPE.",
                assertThrows(IllegalArgumentException.class, () -> new AuditQuery(null, null, "NOPE", null, null, null))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AuditQuery(null, null, null, null, null, "MAYBE"));
        assertThrows(IllegalArgumentException.class, () -> new AuditQuery(later, T, null, null, null, null));
        assertEquals(AuditQuery.ALL, new AuditQuery(null, null, " ", "", null, " "));
        assertTrue(AuditQuery.eventTypes().contains("SIGN_IN"));
    }

    @Test
    void whenACursorIsReadBackThenTheSamePlaceAndAMalformedOneIsRefused() {
        AuditCursor cursor = new AuditCursor(Instant.parse("2026-12-01T10:00:00.123Z"), 42);

        assertEquals(cursor, AuditCursor.parse(cursor.token()));
        for (String malformed : new String[] {null, "", "_1", "x_1", "1_y", "12", "1".repeat(41) + "_1"}) {
            assertThrows(IllegalArgumentException.class, () -> AuditCursor.parse(malformed), malformed);
        }
    }
}
