package dev.grantry.persistence.limit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * How many requests of one kind came from one client address in the current fixed window (e.g. bucket
 * {@code sign-in:203.0.113.7}). Kept in the database, not in memory, so that a limit holds across the nodes of a
 * cluster; the row is locked while it is counted, so that concurrent requests all count.
 */
@Entity
@Table(name = "rate_limit")
@NamedQuery(
        name = "RateLimitCounter.removeEndedBefore",
        query = "DELETE FROM RateLimitCounter c WHERE c.windowEndsAt < :now")
@NamedQuery(
        name = "RateLimitCounter.findWindowEnd",
        query = "SELECT c.windowEndsAt FROM RateLimitCounter c "
                + "WHERE c.bucket = :bucket AND c.hits >= :limit AND c.windowEndsAt > :now")
public class RateLimitCounter {

    @Id
    @Column(length = 128)
    private String bucket;

    @Column(nullable = false)
    private int hits;

    @Column(name = "window_ends_at", nullable = false)
    private Instant windowEndsAt;

    protected RateLimitCounter() {}

    /** A counter without hits whose window starts at {@code now}. */
    public RateLimitCounter(String bucket, Instant now, Duration window) {
        this.bucket = bucket;
        this.windowEndsAt = now.plus(window);
    }

    public String getBucket() {
        return bucket;
    }

    public int getHits() {
        return hits;
    }

    public Instant getWindowEndsAt() {
        return windowEndsAt;
    }

    /** Counts one request; a window that has ended starts a new one at {@code now}. */
    public void hit(Instant now, Duration window) {
        if (!now.isBefore(windowEndsAt)) {
            hits = 0;
            windowEndsAt = now.plus(window);
        }
        hits++;
    }
}
