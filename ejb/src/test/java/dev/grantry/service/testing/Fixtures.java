package dev.grantry.service.testing;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ClientType;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.persistence.testing.TestEntities;
import dev.grantry.persistence.user.User;
import dev.grantry.service.secret.SecretHasher;
import java.util.Set;

/** Users and applications stored for a test; client secrets hashed as the container's server hashes them. */
public final class Fixtures {

    private final GrantryDatabase db;
    private final TestContainer container;

    public Fixtures(GrantryDatabase db, TestContainer container) {
        this.db = db;
        this.container = container;
    }

    /** A stored, enabled user with the {@code user} role. */
    public User user(String username) {
        return store(TestEntities.user(username));
    }

    /** A stored, active confidential client whose secret is {@code secret}. */
    public Application confidential(String clientId, String secret, Set<GrantType> grantTypes, Set<String> scopes) {
        Application application = TestEntities.application(clientId, ClientType.CONFIDENTIAL, grantTypes, scopes);
        application.setSecretHash(container.get(SecretHasher.class).hash(secret));
        return store(application);
    }

    /** A stored, active public client. */
    public Application publicClient(String clientId, Set<GrantType> grantTypes, Set<String> scopes) {
        return store(TestEntities.application(clientId, ClientType.PUBLIC, grantTypes, scopes));
    }

    /** Stores {@code entity} and returns it, detached, with its id. */
    public <T> T store(T entity) {
        db.persist(entity);
        return entity;
    }
}
