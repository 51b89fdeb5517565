package dev.grantry.persistence.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;

@ApplicationScoped
public class JpaJobRunRepository implements JobRunRepository {

    @Inject
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
