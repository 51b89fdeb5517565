package dev.grantry.persistence.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class JpaRegistryRefreshTokenRepository implements RegistryRefreshTokenRepository {

    @Inject
    private EntityManager em;

    @Override
    public Optional<RegistryRefreshToken> findByHash(String tokenHash) {
        return em.createNamedQuery("RegistryRefreshToken.findByHash", RegistryRefreshToken.class)
                .setParameter("tokenHash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public RegistryRefreshToken add(RegistryRefreshToken token) {
        em.persist(token);
        return token;
    }

    @Override
    public int removeExpiredBefore(Instant cutoff) {
        return em.createNamedQuery("RegistryRefreshToken.removeExpiredBefore")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
