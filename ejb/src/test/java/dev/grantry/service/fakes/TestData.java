package dev.grantry.service.fakes;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ApplicationStatus;
import dev.grantry.persistence.client.ClientType;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.client.TokenEndpointAuthMethod;
import dev.grantry.persistence.user.Role;
import dev.grantry.persistence.user.User;
import dev.grantry.service.settings.GrantrySettings;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Applications, users and settings for unit tests. */
public final class TestData {

    public static final String ISSUER = "https://grantry.test";
    private static final AtomicLong IDS = new AtomicLong(1000);

    private TestData() {
    }

    /** Settings with the issuer set and {@code overrides} (by key) on top of the defaults. */
    public static GrantrySettings settings(Map<String, String> overrides) {
        return GrantrySettings.read(key -> key.equals("grantry.issuer")
                ? Optional.of(ISSUER) : Optional.ofNullable(overrides.get(key)));
    }

    public static GrantrySettings settings() {
        return settings(Map.of());
    }

    /** An active confidential client whose secret is {@code secret} (hashed by {@link FakeHasher}). */
    public static Application confidential(String clientId, String secret, Set<GrantType> grantTypes,
            Set<String> scopes) {
        Application app = application(clientId, ClientType.CONFIDENTIAL, TokenEndpointAuthMethod.CLIENT_SECRET_BASIC,
                grantTypes, scopes);
        app.setSecretHash(new FakeHasher().hash(secret));
        return app;
    }

    public static Application publicClient(String clientId, Set<GrantType> grantTypes, Set<String> scopes) {
        return application(clientId, ClientType.PUBLIC, TokenEndpointAuthMethod.NONE, grantTypes, scopes);
    }

    private static Application application(String clientId, ClientType type, TokenEndpointAuthMethod method,
            Set<GrantType> grantTypes, Set<String> scopes) {
        Application app = new Application(clientId, "App " + clientId, null, type, method, ApplicationStatus.ACTIVE,
                Instant.now());
        app.setGrantTypes(grantTypes);
        app.setScopes(scopes);
        return Fields.set(app, "id", IDS.incrementAndGet());
    }

    public static User user(String username) {
        User user = new User(username, "Name of " + username, null, "pbkdf2:x", EnumSet.of(Role.USER),
                Instant.now());
        return Fields.set(user, "id", IDS.incrementAndGet());
    }
}
