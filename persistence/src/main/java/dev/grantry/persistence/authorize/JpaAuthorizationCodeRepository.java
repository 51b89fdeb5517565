package dev.grantry.persistence.authorize;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

@ApplicationScoped
public class JpaAuthorizationCodeRepository implements AuthorizationCodeRepository {

    @PersistenceContext(unitName = "grantry")
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
        return em.createNativeQuery("UPDATE authorization_code SET used_at = ? WHERE code_hash = ? AND used_at IS NULL")
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setParameter(2, codeHash)
                .executeUpdate() == 1;
    }

    @Override
    public void removeExpiredBefore(Instant cutoff) {
        em.createNativeQuery("DELETE FROM authorization_code WHERE expires_at < ?")
                .setParameter(1, cutoff.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }
}
