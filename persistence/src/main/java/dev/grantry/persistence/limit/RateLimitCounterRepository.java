package dev.grantry.persistence.limit;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** Stores {@link RateLimitCounter}s. */
public interface RateLimitCounterRepository {

    /**
     * The bucket's counter, locked for update so that concurrent hits all count; created from {@code newCounter} when
     * the bucket has none (concurrent creators wait for each other, see {@link dev.grantry.persistence.lock.InsertLock}).
     */
    RateLimitCounter findOrCreateForUpdate(String bucket, Supplier<RateLimitCounter> newCounter);

    /** When the window of a counter that reached {@code limit} ends, if it has not ended by {@code now}. */
    Optional<Instant> findWindowEndOfExhausted(String bucket, int limit, Instant now);

    /** Deletes the counters whose window ended before {@code now}; how many. */
    int removeEndedBefore(Instant now);
}
