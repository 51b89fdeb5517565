package dev.grantry.service.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.audit.AuditChain;
import dev.grantry.persistence.audit.AuditEvent;
import dev.grantry.persistence.audit.AuditEventRepository;
import dev.grantry.persistence.audit.AuditEventType;
import dev.grantry.persistence.audit.AuditOutcome;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sealer chains every committed event exactly once, oldest first, in one transaction per run; and a row altered
 * in the database afterwards breaks the chain at that row. The chain's row is not reset between tests, so each test
 * starts from the head it finds.
 */
class AuditSealerTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    final TestContainer container = new TestContainer(db, Clock.fixed(NOW, ZoneOffset.UTC), TestSettings.settings());
    final AuditSealer sealer = container.get(AuditSealer.class);
    final AuditEventRepository events = container.get(AuditEventRepository.class);
    final AuditChain before = db.inTransaction(() -> events.findChain());

    static AuditEvent at(int secondsAgo, String detail) {
        return new AuditEvent(NOW.minusSeconds(secondsAgo), AuditEventType.TOKEN_ISSUED, AuditOutcome.SUCCESS)
                .clientId("app")
                .detail(detail);
    }

    /** Every stored event, in chain order (unsealed ones last). */
    static List<AuditEvent> inChainOrder() {
        return db.all(AuditEvent.class).stream()
                .sorted(Comparator.comparing(AuditEvent::getChainSeq, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    static List<String> details(List<AuditEvent> events) {
        return events.stream().map(AuditEvent::getDetail).toList();
    }

    /** The places from the head before the test on: {@code before.head + 1} to {@code before.head + count}. */
    List<Long> nextPlaces(int count) {
        return LongStream.rangeClosed(before.getHeadSeq() + 1, before.getHeadSeq() + count)
                .boxed()
                .toList();
    }

    /** The id of the first event, walking the chain from the test's start, whose hash does not hold. */
    Optional<Long> firstBrokenLink() {
        String previous = before.getHeadHash();
        for (AuditEvent event : inChainOrder()) {
            if (!event.isIntactAfter(previous)) {
                return Optional.of(event.getId());
            }
            previous = event.getChainHash();
        }
        return Optional.empty();
    }

    @Test
    void whenSealedThenOldestFirstFromTheHeadAndTheHeadMovesToTheLast() {
        db.persist(at(20, "second"), at(30, "first"), at(10, "third"));

        assertEquals(3, sealer.seal());

        List<AuditEvent> sealed = inChainOrder();
        assertEquals(List.of("first", "second", "third"), details(sealed));
        assertEquals(nextPlaces(3), sealed.stream().map(AuditEvent::getChainSeq).toList());
        AuditChain after = db.inTransaction(() -> events.findChain());
        assertEquals(before.getHeadSeq() + 3, after.getHeadSeq());
        assertEquals(sealed.get(2).getChainHash(), after.getHeadHash());
        assertEquals(Optional.empty(), firstBrokenLink());
        assertEquals(0, sealer.seal(), "sealed once");
    }

    @Test
    void whenTwoSealersRaceThenTheSecondWaitsAndEveryEventIsSealedExactlyOnce() throws Exception {
        db.persist(at(50, "a"), at(40, "b"), at(30, "c"), at(20, "d"), at(10, "e"));

        List<Integer> counts = db.overlapping(sealer::seal, sealer::seal);

        assertEquals(List.of(5, 0), counts);
        List<AuditEvent> sealed = inChainOrder();
        assertEquals(List.of("a", "b", "c", "d", "e"), details(sealed));
        assertEquals(nextPlaces(5), sealed.stream().map(AuditEvent::getChainSeq).toList());
        assertEquals(Optional.empty(), firstBrokenLink());
    }

    @Test
    void whenAnEventCommitsWhileARunSealsThenTheNextRunSealsItAndNothingIsLost() throws Exception {
        db.persist(at(30, "committed"));
        AuditTrail audit = container.get(AuditTrail.class);

        List<Integer> counts = db.overlapping(
                () -> {
                    audit.record(audit.success(AuditEventType.CONSENT_GRANTED).detail("in flight"));
                    return -1;
                },
                sealer::seal);
        int next = sealer.seal();

        assertEquals(List.of(-1, 1), counts, "the run saw only the committed event");
        assertEquals(1, next, "the event committed meanwhile is sealed by the next run");
        assertEquals(List.of("committed", "in flight"), details(inChainOrder()));
        assertTrue(inChainOrder().stream().allMatch(AuditEvent::isSealed));
        assertEquals(Optional.empty(), firstBrokenLink());
    }

    @Test
    void whenARunFailsThenItSealsNothingAndTheNextRunSealsEverything() {
        db.persist(at(20, "one"), at(10, "two"));

        try {
            db.inTransaction(() -> {
                sealer.seal();
                throw new IllegalStateException("the node stops");
            });
        } catch (IllegalStateException expected) {
            // the run's transaction is rolled back, as a crash would leave it
        }

        assertTrue(inChainOrder().stream().noneMatch(AuditEvent::isSealed));
        assertEquals(2, sealer.seal());
        assertEquals(
                nextPlaces(2),
                inChainOrder().stream().map(AuditEvent::getChainSeq).toList());
    }

    @Test
    void whenASealedRowIsAlteredInTheDatabaseThenTheChainBreaksExactlyAtThatRow() {
        db.persist(at(30, "one"), at(20, "two"), at(10, "three"));
        sealer.seal();
        List<Long> ids =
                new ArrayList<>(inChainOrder().stream().map(AuditEvent::getId).toList());
        assertEquals(Optional.empty(), firstBrokenLink());

        db.execute("UPDATE audit_event SET detail = 'forged' WHERE id = " + ids.get(1));

        assertEquals(Optional.of(ids.get(1)), firstBrokenLink());
    }
}
