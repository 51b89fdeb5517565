package dev.grantry.persistence.limit;

import java.time.Instant;
import java.util.Optional;

/** Stores {@link RateLimitCounter}s. */
public interface RateLimitCounterRepository {

    /** The counter, locked for update so that concurrent hits all count. */
    Optional<RateLimitCounter> findForUpdate(String bucket);

    /**
     * Inserts the counter at once (flushed), so that a concurrent insert of the same bucket fails here.
     *
     * @throws jakarta.persistence.PersistenceException when the bucket exists already
     */
    void create(RateLimitCounter counter);

    /** When the window of a counter that reached {@code limit} ends, if it has not ended by {@code now}. */
    Optional<Instant> findWindowEndOfExhausted(String bucket, int limit, Instant now);

    /** Deletes the counters whose window ended before {@code now}; how many. */
    int removeEndedBefore(Instant now);
}
