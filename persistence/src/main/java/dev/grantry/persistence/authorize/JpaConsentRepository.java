package dev.grantry.persistence.authorize;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaConsentRepository implements ConsentRepository {

    @Inject
    private EntityManager em;

    @Override
    public Optional<Consent> find(Long userId, Long applicationId) {
        return em.createNamedQuery("Consent.find", Consent.class)
                .setParameter("userId", userId)
                .setParameter("applicationId", applicationId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Consent consent) {
        em.persist(consent);
    }

    @Override
    public List<Consent> findByUser(Long userId) {
        return em.createNamedQuery("Consent.findByUser", Consent.class)
                .setParameter("userId", userId)
                .getResultList();
    }

    @Override
    public void remove(Long userId, Long applicationId) {
        em.createNamedQuery("Consent.remove")
                .setParameter("userId", userId)
                .setParameter("applicationId", applicationId)
                .executeUpdate();
    }

    @Override
    public void removeByApplication(long applicationId) {
        em.createNamedQuery("Consent.removeByApplication")
                .setParameter("applicationId", applicationId)
                .executeUpdate();
    }
}
