package dev.grantry.service.limit;

import dev.grantry.persistence.limit.RateLimitCounter;
import dev.grantry.persistence.limit.RateLimitCounterRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
    ConcurrentInserts inserts;

    @Inject
    Clock clock;

    /**
     * Counts one hit. Committed on its own, so that the hit counts although the caller then refuses the request and
     * rolls back.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RateLimitWindow hit(String bucket, Duration window) {
        Instant now = clock.instant();
        RateLimitCounter counter = counters.findForUpdate(bucket).orElseGet(() -> {
            inserts.insertUnlessPresent(() -> counters.create(new RateLimitCounter(bucket, now, window)));
            return counters.findForUpdate(bucket).orElseThrow();
        });
        counter.hit(now, window);
        return new RateLimitWindow(counter.getHits(), counter.getWindowEndsAt());
    }

    /** When the bucket's window ends, if it already holds {@code limit} hits; empty while requests may go on. */
    public Optional<Instant> exhaustedUntil(String bucket, int limit) {
        return counters.findWindowEndOfExhausted(bucket, limit, clock.instant());
    }
}
