package dev.grantry.persistence.limit;

import dev.grantry.persistence.lock.InsertLock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

@ApplicationScoped
public class JpaRateLimitCounterRepository implements RateLimitCounterRepository {

    @Inject
    private EntityManager em;

    @Override
    public RateLimitCounter findOrCreateForUpdate(String bucket, Supplier<RateLimitCounter> newCounter) {
        return InsertLock.findOrCreateForUpdate(em, RateLimitCounter.class, bucket, InsertLock.RATE_LIMIT, newCounter);
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
