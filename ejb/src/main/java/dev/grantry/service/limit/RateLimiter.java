package dev.grantry.service.limit;

import dev.grantry.persistence.limit.RateLimitCounter;
import dev.grantry.persistence.limit.RateLimitCounterRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Fixed-window rate limits per bucket (a kind of request and a client address), counted in the database: every node
 * sees the same counts, and concurrent hits each count because the counter row is locked while it changes.
 */
@Stateless
public class RateLimiter {

    @Inject
    RateLimitCounterRepository counters;

    @Inject
    Clock clock;

    /**
     * Counts one hit, in the caller's transaction or, without one, in a transaction of its own. Callers make sure the
     * hit commits although they then refuse the request: the registration endpoints count before any transaction, and
     * sign-in counts in its own transaction, which always commits. Not a nested transaction: suspending one for
     * another fails under load in GlassFish 7's connection pools.
     */
    public RateLimitWindow hit(String bucket, Duration window) {
        Instant now = clock.instant();
        RateLimitCounter counter =
                counters.findOrCreateForUpdate(bucket, () -> new RateLimitCounter(bucket, now, window));
        counter.hit(now, window);
        return new RateLimitWindow(counter.getHits(), counter.getWindowEndsAt());
    }

    /** When the bucket's window ends, if it already holds {@code limit} hits; empty while requests may go on. */
    public Optional<Instant> exhaustedUntil(String bucket, int limit) {
        return counters.findWindowEndOfExhausted(bucket, limit, clock.instant());
    }
}
