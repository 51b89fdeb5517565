package dev.grantry.persistence.authorize;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaConsentRepository implements ConsentRepository {

    @PersistenceContext(unitName = "grantry")
    private EntityManager em;

    @Override
    public Optional<Consent> find(Long userId, Long applicationId) {
        return em.createQuery("SELECT c FROM Consent c WHERE c.userId = :userId AND c.applicationId = :applicationId",
                        Consent.class)
                .setParameter("userId", userId)
                .setParameter("applicationId", applicationId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Consent consent) {
        em.persist(consent);
    }
}
