package dev.grantry.persistence.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins of one username within the current window. Kept in the database, not in memory, so that a
 * lockout holds on every node of a cluster.
 */
@Entity
@Table(name = "sign_in_throttle")
@NamedQuery(name = "SignInThrottle.remove", query = "DELETE FROM SignInThrottle t WHERE t.username = :username")
@NamedQuery(
        name = "SignInThrottle.findLockedUntil",
        query = "SELECT t.lockedUntil FROM SignInThrottle t WHERE t.username = :username AND t.lockedUntil > :now")
@NamedQuery(
        name = "SignInThrottle.findLockedUsernames",
        query = "SELECT t.username FROM SignInThrottle t WHERE t.lockedUntil > :now")
@NamedQuery(
        name = "SignInThrottle.removeEnded",
        query = "DELETE FROM SignInThrottle t WHERE t.windowStart < :windowCutoff "
                + "AND (t.lockedUntil IS NULL OR t.lockedUntil < :now)")
public class SignInThrottle {

    @Id
    @Column(length = 64)
    private String username;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected SignInThrottle() {}

    public SignInThrottle(String username, Instant now) {
        this.username = username;
        this.windowStart = now;
    }

    public String getUsername() {
        return username;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    /**
     * Counts one failure; failures older than {@code window} start a new count. Reaching {@code maxFailures}
     * locks the username for {@code lockout}.
     */
    public void recordFailure(Instant now, Duration window, int maxFailures, Duration lockout) {
        if (now.isAfter(windowStart.plus(window))) {
            windowStart = now;
            failures = 0;
        }
        failures++;
        if (failures >= maxFailures) {
            lockedUntil = now.plus(lockout);
            failures = 0;
            windowStart = now;
        }
    }
}
