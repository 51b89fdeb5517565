package dev.grantry.persistence.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.testing.GrantryDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JpaSignInThrottleRepositoryTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final SignInThrottleRepository throttles = db.inject(new JpaSignInThrottleRepository());

    @Test
    void whenFailuresAreCountedInTransactionsThenTheLockoutIsStored() {
        for (int i = 1; i <= 3; i++) {
            Instant at = NOW.plusSeconds(i);
            db.inTransaction(() -> throttles
                    .findOrCreateForUpdate("alice", () -> new SignInThrottle("alice", NOW))
                    .recordFailure(at, Duration.ofMinutes(15), 3, Duration.ofMinutes(10)));
        }

        SignInThrottle stored = db.inTransaction(() -> throttles.findOrCreateForUpdate("alice", () -> {
            throw new AssertionError("alice has a throttle");
        }));
        assertEquals(NOW.plusSeconds(3).plus(Duration.ofMinutes(10)), stored.getLockedUntil());
        assertTrue(stored.isLockedAt(NOW.plusSeconds(4)));
        assertEquals(List.of("alice"), db.column("SELECT username FROM sign_in_throttle"));
    }

    @Test
    void whenTwoTransactionsCreateTheSameThrottleAtOnceThenTheSecondWaitsAndCountsOnTheFirstsRow() throws Exception {
        db.overlapping(() -> countFailure("carol"), () -> countFailure("carol"));

        assertEquals(List.of("carol 2"), db.column("SELECT username || ' ' || failures FROM sign_in_throttle"));
    }

    @Test
    void whenRemovedThenOnlyThatUsernamesThrottleGoes() {
        db.inTransaction(() -> {
            countFailure("alice");
            countFailure("bob");
        });

        db.inTransaction(() -> throttles.remove("alice"));

        assertEquals(List.of("bob"), db.column("SELECT username FROM sign_in_throttle"));
    }

    private SignInThrottle countFailure(String username) {
        SignInThrottle throttle = throttles.findOrCreateForUpdate(username, () -> new SignInThrottle(username, NOW));
        throttle.recordFailure(NOW, Duration.ofMinutes(15), 5, Duration.ofMinutes(10));
        return throttle;
    }
}
