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
        db.inTransaction(() -> throttles.create(new SignInThrottle("alice", NOW)));

        for (int i = 1; i <= 3; i++) {
            Instant at = NOW.plusSeconds(i);
            db.inTransaction(() -> throttles
                    .findForUpdate("alice")
                    .orElseThrow()
                    .recordFailure(at, Duration.ofMinutes(15), 3, Duration.ofMinutes(10)));
        }

        SignInThrottle stored =
                db.inTransaction(() -> throttles.findForUpdate("alice")).orElseThrow();
        assertEquals(NOW.plusSeconds(3).plus(Duration.ofMinutes(10)), stored.getLockedUntil());
        assertTrue(stored.isLockedAt(NOW.plusSeconds(4)));
        assertTrue(db.inTransaction(() -> throttles.findForUpdate("bob")).isEmpty());
    }

    @Test
    void whenRemovedThenOnlyThatUsernamesThrottleGoes() {
        db.inTransaction(() -> {
            throttles.create(new SignInThrottle("alice", NOW));
            throttles.create(new SignInThrottle("bob", NOW));
        });

        db.inTransaction(() -> throttles.remove("alice"));

        assertEquals(List.of("bob"), db.column("SELECT username FROM sign_in_throttle"));
    }
}
