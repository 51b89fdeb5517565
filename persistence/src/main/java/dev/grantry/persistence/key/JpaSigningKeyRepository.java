package dev.grantry.persistence.key;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaSigningKeyRepository implements SigningKeyRepository {

    @PersistenceContext(unitName = "grantry")
    private EntityManager em;

    @Override
    public List<SigningKey> findAll() {
        return em.createQuery("SELECT k FROM SigningKey k ORDER BY k.createdAt DESC", SigningKey.class)
                .getResultList();
    }

    @Override
    public List<SigningKey> findPublished() {
        return em.createQuery("SELECT k FROM SigningKey k WHERE k.status <> :retired ORDER BY k.createdAt DESC",
                        SigningKey.class)
                .setParameter("retired", SigningKeyStatus.RETIRED)
                .getResultList();
    }

    @Override
    public void add(SigningKey key) {
        em.persist(key);
    }
}
