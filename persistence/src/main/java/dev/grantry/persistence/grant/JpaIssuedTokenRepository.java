package dev.grantry.persistence.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaIssuedTokenRepository implements IssuedTokenRepository {

    @PersistenceContext(unitName = "grantry")
    private EntityManager em;

    @Override
    public void add(IssuedToken token) {
        em.persist(token);
    }

    @Override
    public Optional<IssuedToken> findByJti(String jti) {
        return Optional.ofNullable(em.find(IssuedToken.class, jti));
    }

    @Override
    public Optional<IssuedToken> findRefreshByHash(String tokenHash) {
        return em.createQuery("SELECT t FROM IssuedToken t WHERE t.tokenHash = :hash AND t.kind = :kind",
                        IssuedToken.class)
                .setParameter("hash", tokenHash)
                .setParameter("kind", TokenKind.REFRESH)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean markUsed(String jti, Instant now) {
        return em.createQuery("UPDATE IssuedToken t SET t.usedAt = :now WHERE t.jti = :jti AND t.usedAt IS NULL")
                .setParameter("now", now)
                .setParameter("jti", jti)
                .executeUpdate() == 1;
    }

    @Override
    public void revoke(String jti, Instant now) {
        em.createQuery("UPDATE IssuedToken t SET t.revokedAt = :now WHERE t.jti = :jti AND t.revokedAt IS NULL")
                .setParameter("now", now)
                .setParameter("jti", jti)
                .executeUpdate();
    }

    @Override
    public List<ApplicationUse> findUseByUser(long userId) {
        return em.createQuery("SELECT NEW dev.grantry.persistence.grant.ApplicationUse(t.application.id, "
                        + "MIN(t.issuedAt), MAX(t.issuedAt), MAX(t.expiresAt)) FROM IssuedToken t "
                        + "WHERE t.user.id = :user AND t.revokedAt IS NULL GROUP BY t.application.id",
                        ApplicationUse.class)
                .setParameter("user", userId)
                .getResultList();
    }

    @Override
    public List<String> findLiveScopes(long userId, long applicationId, Instant now) {
        return em.createQuery("SELECT DISTINCT t.scope FROM IssuedToken t WHERE t.user.id = :user "
                        + "AND t.application.id = :application AND t.revokedAt IS NULL AND t.expiresAt > :now",
                        String.class)
                .setParameter("user", userId)
                .setParameter("application", applicationId)
                .setParameter("now", now)
                .getResultList();
    }
}
