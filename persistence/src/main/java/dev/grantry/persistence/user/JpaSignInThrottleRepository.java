package dev.grantry.persistence.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSignInThrottleRepository implements SignInThrottleRepository {

    @Inject
    private EntityManager em;

    @Override
    public Optional<SignInThrottle> findForUpdate(String username) {
        return Optional.ofNullable(em.find(SignInThrottle.class, username, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void create(SignInThrottle throttle) {
        em.persist(throttle);
        em.flush();
    }

    @Override
    public void remove(String username) {
        em.createNamedQuery("SignInThrottle.remove")
                .setParameter("username", username)
                .executeUpdate();
    }

    @Override
    public Optional<Instant> findLockedUntil(String username, Instant now) {
        return em.createNamedQuery("SignInThrottle.findLockedUntil", Instant.class)
                .setParameter("username", username)
                .setParameter("now", now)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<String> findLockedUsernames(Instant now) {
        return em.createNamedQuery("SignInThrottle.findLockedUsernames", String.class)
                .setParameter("now", now)
                .getResultList();
    }

    @Override
    public int removeEnded(Instant windowCutoff, Instant now) {
        return em.createNamedQuery("SignInThrottle.removeEnded")
                .setParameter("windowCutoff", windowCutoff)
                .setParameter("now", now)
                .executeUpdate();
    }
}
