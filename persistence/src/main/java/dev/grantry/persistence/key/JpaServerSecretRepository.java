package dev.grantry.persistence.key;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;

@ApplicationScoped
public class JpaServerSecretRepository implements ServerSecretRepository {

    @Inject
    private EntityManager em;

    @Override
    public Optional<ServerSecret> find(String name) {
        return Optional.ofNullable(em.find(ServerSecret.class, name));
    }

    @Override
    public void add(ServerSecret secret) {
        em.persist(secret);
    }
}
