package dev.grantry.persistence.limit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class JpaRateLimitCounterRepository implements RateLimitCounterRepository {

    @Inject
    private EntityManager em;

    @Override
    public Optional<RateLimitCounter> findForUpdate(String bucket) {
        return Optional.ofNullable(em.find(RateLimitCounter.class, bucket, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void create(RateLimitCounter counter) {
        em.persist(counter);
        em.flush();
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
