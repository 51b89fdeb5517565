package dev.grantry.persistence.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaIssuedTokenRepository implements IssuedTokenRepository {

    @Inject
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
    public Optional<IssuedToken> findByHash(String tokenHash) {
        return em.createNamedQuery("IssuedToken.findByHash", IssuedToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<IssuedToken> findRefreshByHash(String tokenHash) {
        return em.createNamedQuery("IssuedToken.findRefreshByHash", IssuedToken.class)
                .setParameter("hash", tokenHash)
                .setParameter("kind", TokenKind.REFRESH)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean markUsed(String jti, Instant now) {
        return em.createNamedQuery("IssuedToken.markUsed")
                        .setParameter("now", now)
                        .setParameter("jti", jti)
                        .executeUpdate()
                == 1;
    }

    @Override
    public void revoke(String jti, Instant now) {
        em.createNamedQuery("IssuedToken.revoke")
                .setParameter("now", now)
                .setParameter("jti", jti)
                .executeUpdate();
    }

    @Override
    public int removeExpiredBefore(Instant cutoff) {
        return em.createNamedQuery("IssuedToken.removeExpiredBefore")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    @Override
    public List<ApplicationUse> findUseByUser(long userId) {
        // Summed up here rather than by MIN and MAX in the query: PostgreSQL's driver answers an aggregate of a
        // converted timestamp column as java.sql.Timestamp, which the attribute converter cannot take.
        Map<Long, ApplicationUse> uses = new LinkedHashMap<>();
        for (Object[] issue : em.createNamedQuery("IssuedToken.findLiveIssuesByUser", Object[].class)
                .setParameter("user", userId)
                .getResultList()) {
            Long application = (Long) issue[0];
            uses.merge(
                    application,
                    ApplicationUse.ofOneToken(application, (Instant) issue[1], (Instant) issue[2]),
                    ApplicationUse::with);
        }
        return List.copyOf(uses.values());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Set<String>> findLiveScopes(long userId, long applicationId, Instant now) {
        return em.createNamedQuery("IssuedToken.findLiveScopes")
                .setParameter("user", userId)
                .setParameter("application", applicationId)
                .setParameter("now", now)
                .getResultList();
    }
}
