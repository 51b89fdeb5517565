package dev.grantry.persistence.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class JpaAuthorizationGrantRepository implements AuthorizationGrantRepository {

    @PersistenceContext(unitName = "grantry")
    private EntityManager em;

    @Override
    public AuthorizationGrant add(AuthorizationGrant grant) {
        em.persist(grant);
        return grant;
    }

    @Override
    public int revokeByOriginCode(String codeHash, Instant now) {
        em.createQuery("UPDATE IssuedToken t SET t.revokedAt = :now WHERE t.revokedAt IS NULL AND t.grant.id IN "
                        + "(SELECT g.id FROM AuthorizationGrant g WHERE g.originCodeHash = :hash)")
                .setParameter("now", now)
                .setParameter("hash", codeHash)
                .executeUpdate();
        return em.createQuery("UPDATE AuthorizationGrant g SET g.revokedAt = :now "
                        + "WHERE g.originCodeHash = :hash AND g.revokedAt IS NULL")
                .setParameter("now", now)
                .setParameter("hash", codeHash)
                .executeUpdate();
    }

    @Override
    public void revoke(long grantId, Instant now) {
        em.createQuery("UPDATE IssuedToken t SET t.revokedAt = :now WHERE t.grant.id = :id AND t.revokedAt IS NULL")
                .setParameter("now", now)
                .setParameter("id", grantId)
                .executeUpdate();
        em.createQuery("UPDATE AuthorizationGrant g SET g.revokedAt = :now WHERE g.id = :id AND g.revokedAt IS NULL")
                .setParameter("now", now)
                .setParameter("id", grantId)
                .executeUpdate();
    }

    @Override
    public void revokeByUserAndApplication(long userId, long applicationId, Instant now) {
        revokeWhere("x.user.id = :user AND x.application.id = :application", now,
                Map.of("user", userId, "application", applicationId));
    }

    @Override
    public void revokeByUser(long userId, Instant now) {
        revokeWhere("x.user.id = :user", now, Map.of("user", userId));
    }

    @Override
    public void revokeByApplication(long applicationId, Instant now) {
        revokeWhere("x.application.id = :application", now, Map.of("application", applicationId));
    }

    /** Revokes the tokens and the grants that match {@code condition} (on alias {@code x}). */
    private void revokeWhere(String condition, Instant now, Map<String, Object> parameters) {
        for (String entity : List.of("IssuedToken", "AuthorizationGrant")) {
            var update = em.createQuery("UPDATE " + entity + " x SET x.revokedAt = :now "
                    + "WHERE x.revokedAt IS NULL AND " + condition);
            update.setParameter("now", now);
            parameters.forEach(update::setParameter);
            update.executeUpdate();
        }
    }
}
