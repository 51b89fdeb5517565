package dev.grantry.persistence.authorize;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class JpaAuthorizationCodeRepository implements AuthorizationCodeRepository {

    @Inject
    private EntityManager em;

    @Override
    public void add(AuthorizationCode code) {
        em.persist(code);
    }

    @Override
    public Optional<AuthorizationCode> findByHash(String codeHash) {
        return Optional.ofNullable(em.find(AuthorizationCode.class, codeHash));
    }

    @Override
    public boolean markUsed(String codeHash, Instant now) {
        return em.createNamedQuery("AuthorizationCode.markUsed")
                        .setParameter("now", now)
                        .setParameter("codeHash", codeHash)
                        .executeUpdate()
                == 1;
    }

    @Override
    public void removeUnusedByApplication(long applicationId) {
        em.createNamedQuery("AuthorizationCode.removeUnusedByApplication")
                .setParameter("application", applicationId)
                .executeUpdate();
    }

    @Override
    public void removeUnusedByUser(long userId) {
        em.createNamedQuery("AuthorizationCode.removeUnusedByUser")
                .setParameter("user", userId)
                .executeUpdate();
    }

    @Override
    public void removeUnusedByUserAndApplication(long userId, long applicationId) {
        em.createNamedQuery("AuthorizationCode.removeUnusedByUserAndApplication")
                .setParameter("user", userId)
                .setParameter("application", applicationId)
                .executeUpdate();
    }

    @Override
    public int removeExpiredBefore(Instant cutoff) {
        return em.createNamedQuery("AuthorizationCode.removeExpiredBefore")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
