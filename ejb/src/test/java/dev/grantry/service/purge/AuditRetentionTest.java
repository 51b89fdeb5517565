package dev.grantry.service.purge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.audit.AuditChain;
import dev.grantry.persistence.audit.AuditEvent;
import dev.grantry.persistence.audit.AuditEventRepository;
import dev.grantry.persistence.audit.AuditEventType;
import dev.grantry.persistence.audit.AuditOutcome;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.service.audit.AuditSealer;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The retention purge deletes the oldest sealed events as a prefix of the chain and anchors the chain after them, so
 * that the kept events verify from the anchor; unsealed events and anything sealed after a kept event stay.
 */
class AuditRetentionTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    static TestContainer server(Map<String, String> settings) {
        return new TestContainer(db, Clock.fixed(NOW, ZoneOffset.UTC), TestSettings.settings(settings));
    }

    final TestContainer server = server(Map.of("grantry.audit.retention-days", "30"));
    final AuditEventRepository events = server.get(AuditEventRepository.class);

    static AuditEvent daysAgo(int days) {
        return new AuditEvent(NOW.minus(Duration.ofDays(days)), AuditEventType.TOKEN_ISSUED, AuditOutcome.SUCCESS)
                .detail(days + " days ago");
    }

    void storeAndSeal(AuditEvent... stored) {
        db.persist((Object[]) stored);
        server.get(AuditSealer.class).seal();
    }

    AuditChain chain() {
        return db.inTransaction(() -> events.findChain());
    }

    static List<String> kept() {
        return db.all(AuditEvent.class).stream()
                .sorted(Comparator.comparing(AuditEvent::getId))
                .map(AuditEvent::getDetail)
                .toList();
    }

    /** Whether every kept sealed event verifies, walking from the chain's anchor. */
    boolean verifiesFromTheAnchor() {
        AuditChain chain = chain();
        List<AuditEvent> sealed = db.inTransaction(() -> events.findSealedFrom(chain.getAnchorSeq(), 1000));
        String previous = chain.getAnchorHash();
        long expected = chain.getAnchorSeq();
        for (AuditEvent event : sealed) {
            if (event.getChainSeq() != expected++ || !event.isIntactAfter(previous)) {
                return false;
            }
            previous = event.getChainHash();
        }
        return true;
    }

    @Test
    void whenPurgedThenTheOldPrefixGoesTheAnchorMovesAndTheRestVerifiesFromIt() {
        storeAndSeal(daysAgo(40), daysAgo(35), daysAgo(10));
        storeAndSeal(daysAgo(50)); // old, but sealed after a kept event: stays, the chain loses only a prefix
        db.persist(daysAgo(60)); // old, but unsealed: never deleted
        AuditEvent lastRemoved = db.inTransaction(() -> events.findSealedFrom(chain().getHeadSeq() - 2, 1))
                .get(0);

        PurgeCounts purged = server.get(StoragePurge.class).purge();

        assertEquals(2, purged.auditEvents());
        assertEquals(List.of("10 days ago", "50 days ago", "60 days ago"), kept());
        AuditChain chain = chain();
        assertEquals(lastRemoved.getChainSeq() + 1, chain.getAnchorSeq());
        assertEquals(lastRemoved.getChainHash(), chain.getAnchorHash());
        assertTrue(verifiesFromTheAnchor());
        assertEquals(0, server.get(StoragePurge.class).purge().auditEvents(), "a second run deletes nothing more");
    }

    @Test
    void whenEverySealedEventIsOldThenAllGoAndTheChainGoesOnVerifiably() {
        storeAndSeal(daysAgo(40), daysAgo(31));
        AuditChain before = chain();

        assertEquals(2, server.get(StoragePurge.class).purge().auditEvents());

        AuditChain after = chain();
        assertEquals(before.getHeadSeq() + 1, after.getAnchorSeq());
        assertEquals(before.getHeadHash(), after.getAnchorHash());
        storeAndSeal(daysAgo(1));
        assertEquals(List.of("1 days ago"), kept());
        assertTrue(verifiesFromTheAnchor());
    }

    @Test
    void whenNoRetentionIsSetThenEveryEventIsKept() {
        storeAndSeal(daysAgo(4000));

        assertEquals(0, server(Map.of()).get(StoragePurge.class).purge().auditEvents());

        assertEquals(List.of("4000 days ago"), kept());
    }

    @Test
    void whenTheRetentionIsNotAWholeNumberOfDaysFromZeroThenTheSettingsAreRefused() {
        assertEquals(0, TestSettings.settings().auditRetentionDays(), "keep forever by default");
        for (String wrong : List.of("-1", "30d", "")) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class,
                    () -> TestSettings.settings(Map.of("grantry.audit.retention-days", wrong)));
            assertTrue(e.getMessage().contains("GRANTRY_AUDIT_RETENTION_DAYS"), e.getMessage());
        }
    }
}
