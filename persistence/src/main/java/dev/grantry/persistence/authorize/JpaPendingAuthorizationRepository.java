package dev.grantry.persistence.authorize;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class JpaPendingAuthorizationRepository implements PendingAuthorizationRepository {

    @Inject
    private EntityManager em;

    @Override
    public void add(PendingAuthorization pending) {
        em.persist(pending);
    }

    @Override
    public Optional<PendingAuthorization> findForUpdate(String id) {
        return Optional.ofNullable(em.find(PendingAuthorization.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void remove(PendingAuthorization pending) {
        em.remove(em.contains(pending) ? pending : em.merge(pending));
        em.flush();
    }

    @Override
    public void removeByApplication(long applicationId) {
        em.createNamedQuery("PendingAuthorization.removeByApplication")
                .setParameter("application", applicationId)
                .executeUpdate();
    }

    @Override
    public void removeByUser(long userId) {
        em.createNamedQuery("PendingAuthorization.removeByUser")
                .setParameter("user", userId)
                .executeUpdate();
    }

    @Override
    public void removeByUserAndApplication(long userId, long applicationId) {
        em.createNamedQuery("PendingAuthorization.removeByUserAndApplication")
                .setParameter("user", userId)
                .setParameter("application", applicationId)
                .executeUpdate();
    }

    @Override
    public int removeCreatedBefore(Instant cutoff) {
        return em.createNamedQuery("PendingAuthorization.removeCreatedBefore")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
