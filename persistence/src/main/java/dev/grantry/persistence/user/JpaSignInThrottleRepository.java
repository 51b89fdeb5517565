package dev.grantry.persistence.user;

import dev.grantry.persistence.lock.InsertLock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

@ApplicationScoped
public class JpaSignInThrottleRepository implements SignInThrottleRepository {

    @Inject
    private EntityManager em;

    @Override
    public SignInThrottle findOrCreateForUpdate(String username, Supplier<SignInThrottle> newThrottle) {
        return InsertLock.findOrCreateForUpdate(
                em, SignInThrottle.class, username, InsertLock.SIGN_IN_THROTTLE, newThrottle);
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
