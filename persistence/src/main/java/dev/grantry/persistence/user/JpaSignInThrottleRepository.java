package dev.grantry.persistence.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaSignInThrottleRepository implements SignInThrottleRepository {

    @PersistenceContext(unitName = "grantry")
    private EntityManager em;

    @Override
    public Optional<SignInThrottle> findForUpdate(String username) {
        return Optional.ofNullable(em.find(SignInThrottle.class, username, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(SignInThrottle throttle) {
        em.persist(throttle);
    }

    @Override
    public void remove(String username) {
        em.createNamedQuery("SignInThrottle.remove")
                .setParameter("username", username)
                .executeUpdate();
    }
}
