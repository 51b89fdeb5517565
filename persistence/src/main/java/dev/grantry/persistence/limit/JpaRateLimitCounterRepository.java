package dev.grantry.persistence.limit;

import dev.grantry.persistence.lock.InsertLock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

@ApplicationScoped
public class JpaRateLimitCounterRepository implements RateLimitCounterRepository {

    @Inject
    private EntityManager em;

    @Override
    public RateLimitCounter findOrCreateForUpdate(String bucket, Supplier<RateLimitCounter> newCounter) {
        RateLimitCounter counter = findForUpdate(bucket);
        if (counter == null) {
            InsertLock.acquire(em, InsertLock.RATE_LIMIT);
            counter = findForUpdate(bucket);
            if (counter == null) {
                counter = newCounter.get();
                em.persist(counter);
                em.flush();
            }
        }
        return counter;
    }

    private RateLimitCounter findForUpdate(String bucket) {
        return em.find(RateLimitCounter.class, bucket, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public Optional<Instant> findWindowEndOfExhausted(String bucket, int limit, Instant now) {
        return em.createNamedQuery("RateLimitCounter.findWindowEnd", Instant.class)
                .setParameter("bucket", bucket)
                .setParameter("limit", limit)
                .setParameter("now", now)
                .getResultStream()
                .findFirst();
    }

    @Override
    public int removeEndedBefore(Instant now) {
        return em.createNamedQuery("RateLimitCounter.removeEndedBefore")
                .setParameter("now", now)
                .executeUpdate();
    }
}
