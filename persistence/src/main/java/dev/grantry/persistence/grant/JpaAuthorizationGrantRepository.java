package dev.grantry.persistence.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Map;

@ApplicationScoped
public class JpaAuthorizationGrantRepository implements AuthorizationGrantRepository {

    @Inject
    private EntityManager em;

    @Override
    public AuthorizationGrant add(AuthorizationGrant grant) {
        em.persist(grant);
        return grant;
    }

    @Override
    public boolean lock(long grantId) {
        return em.find(AuthorizationGrant.class, grantId, LockModeType.PESSIMISTIC_WRITE) != null;
    }

    @Override
    public int revokeByOriginCode(String codeHash, Instant now) {
        Map<String, Object> parameters = Map.of("hash", codeHash);
        update("IssuedToken.revokeByOriginCode", now, parameters);
        return update("AuthorizationGrant.revokeByOriginCode", now, parameters);
    }

    @Override
    public void revoke(long grantId, Instant now) {
        Map<String, Object> parameters = Map.of("id", grantId);
        update("IssuedToken.revokeByGrant", now, parameters);
        update("AuthorizationGrant.revoke", now, parameters);
    }

    @Override
    public void revokeByUserAndApplication(long userId, long applicationId, Instant now) {
        Map<String, Object> parameters = Map.of("user", userId, "application", applicationId);
        update("IssuedToken.revokeByUserAndApplication", now, parameters);
        update("AuthorizationGrant.revokeByUserAndApplication", now, parameters);
    }

    @Override
    public void revokeByUser(long userId, Instant now) {
        Map<String, Object> parameters = Map.of("user", userId);
        update("IssuedToken.revokeByUser", now, parameters);
        update("AuthorizationGrant.revokeByUser", now, parameters);
    }

    @Override
    public void revokeByApplication(long applicationId, Instant now) {
        Map<String, Object> parameters = Map.of("application", applicationId);
        update("IssuedToken.revokeByApplication", now, parameters);
        update("AuthorizationGrant.revokeByApplication", now, parameters);
    }

    /** Runs one of the named bulk revocations (tokens first, then their grants) at {@code now}. */
    private int update(String namedQuery, Instant now, Map<String, Object> parameters) {
        var update = em.createNamedQuery(namedQuery).setParameter("now", now);
        parameters.forEach(update::setParameter);
        return update.executeUpdate();
    }

    @Override
    public int removeWithoutTokensCreatedBefore(Instant cutoff) {
        return em.createNamedQuery("AuthorizationGrant.removeWithoutTokensCreatedBefore")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
