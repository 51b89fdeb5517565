package dev.grantry.persistence.key;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

@ApplicationScoped
public class JpaSigningKeyRepository implements SigningKeyRepository {

    @Inject
    private EntityManager em;

    @Override
    public List<SigningKey> findAll() {
        return em.createNamedQuery("SigningKey.findAll", SigningKey.class).getResultList();
    }

    @Override
    public List<SigningKey> findPublished() {
        return em.createNamedQuery("SigningKey.findPublished", SigningKey.class)
                .setParameter("retired", SigningKeyStatus.RETIRED)
                .getResultList();
    }

    @Override
    public void add(SigningKey key) {
        em.persist(key);
    }
}
