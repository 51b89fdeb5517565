package dev.grantry.service.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.key.SigningKey;
import dev.grantry.persistence.key.SigningKeyStatus;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The verifiers a node keeps: unknown key ids are cached as unknown for a while, retired keys are dropped. */
class VerifierCacheTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final Instant START = Instant.parse("2026-06-01T08:00:00Z");

    private final MovableClock clock = new MovableClock();
    private final SigningKeys keys = node(clock);

    private static SigningKeys node(Clock clock) {
        return new TestContainer(db, clock, TestSettings.settings()).get(SigningKeys.class);
    }

    @Test
    void whenUnknownKeyIdsArriveInARowThenTheKeysAreReadAgainAtMostOncePerRetryInterval() {
        keys.active();
        clock.advance(Duration.ofSeconds(10));
        assertTrue(keys.verifier("made-up-1").isEmpty(), "re-reads once");
        // A key stored now (as by another node) is not seen by unknown ids within the retry interval: no re-read.
        String stored = storeKeyAsAnotherNodeWould();

        clock.advance(Duration.ofSeconds(1));
        assertTrue(keys.verifier("made-up-2").isEmpty());
        assertTrue(keys.verifier(stored).isEmpty(), "the negative cache still answers: no database read");

        clock.advance(SigningKeys.UNKNOWN_KID_RETRY);
        assertTrue(keys.verifier(stored).isPresent(), "after the retry interval the keys are read again");
    }

    @Test
    void whenAKeyIsRetiredThenItsVerifierIsGoneOnThisNodeAtOnceAndOnOthersAfterTheRefreshInterval() {
        String first = keys.active().kid();
        SigningKeys otherNode = node(clock);
        assertTrue(otherNode.verifier(first).isPresent());

        keys.rotate("admin");
        keys.rotate("admin");

        assertTrue(keys.verifier(first).isEmpty(), "retired here");
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertTrue(otherNode.verifier(first).isEmpty(), "retired on the other node after its refresh interval");
    }

    /** Rotates the stored keys behind this node's back, as another node does; the new active key's id. */
    private String storeKeyAsAnotherNodeWould() {
        SigningKeyStore store = new TestContainer(db, clock, TestSettings.settings()).get(SigningKeyStore.class);
        store.rotate("RS256", "admin");
        SigningKey created = store.published().get(0);
        assertEquals(SigningKeyStatus.ACTIVE, created.getStatus());
        return created.getKid();
    }

    /** A clock the test moves forward by hand. */
    private static final class MovableClock extends Clock {

        private Instant now = START;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
