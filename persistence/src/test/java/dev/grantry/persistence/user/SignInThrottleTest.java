package dev.grantry.persistence.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration LOCKOUT = Duration.ofMinutes(10);
    private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void whenFailuresReachTheLimitWithinTheWindowThenLockedForTheLockout() {
        SignInThrottle throttle = new SignInThrottle("alice", START);
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(START.plusSeconds(i), WINDOW, 5, LOCKOUT);
            assertFalse(throttle.isLockedAt(START.plusSeconds(i)));
        }

        throttle.recordFailure(START.plusSeconds(10), WINDOW, 5, LOCKOUT);

        assertTrue(throttle.isLockedAt(START.plusSeconds(11)));
        assertEquals(START.plusSeconds(10).plus(LOCKOUT), throttle.getLockedUntil());
        assertFalse(throttle.isLockedAt(START.plusSeconds(10).plus(LOCKOUT)));
    }

    @Test
    void whenFailuresAreSpreadBeyondTheWindowThenTheCountStartsAgain() {
        SignInThrottle throttle = new SignInThrottle("alice", START);
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(START.plusSeconds(i), WINDOW, 5, LOCKOUT);
        }

        Instant later = START.plus(WINDOW).plusSeconds(5);
        throttle.recordFailure(later, WINDOW, 5, LOCKOUT);

        assertFalse(throttle.isLockedAt(later));
    }
}
