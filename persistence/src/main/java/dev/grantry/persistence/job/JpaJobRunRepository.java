package dev.grantry.persistence.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;

@ApplicationScoped
public class JpaJobRunRepository implements JobRunRepository {

    @PersistenceContext(unitName = "grantry")
    private EntityManager em;

    @Override
    public boolean claim(String job, Instant now, Duration gap) {
        return em.createNamedQuery("JobRun.claim")
                        .setParameter("name", job)
                        .setParameter("now", now)
                        .setParameter("due", now.minus(gap))
                        .executeUpdate()
                == 1;
    }
}
