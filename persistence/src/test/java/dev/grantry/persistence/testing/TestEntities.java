package dev.grantry.persistence.testing;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ApplicationStatus;
import dev.grantry.persistence.client.ClientType;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.client.TokenEndpointAuthMethod;
import dev.grantry.persistence.user.Role;
import dev.grantry.persistence.user.User;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** New (not yet stored) entities with plausible values, for tests that care about only a few of them. */
public final class TestEntities {

    /** When every entity made here was created. */
    public static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    private TestEntities() {}

    /** An enabled user with the {@code user} role and a placeholder password hash. */
    public static User user(String username) {
        return new User(username, "Name of " + username, null, "pbkdf2:x", EnumSet.of(Role.USER), CREATED);
    }

    /**
     * An active application without secret (the caller hashes one in when it needs it), with the client
     * authentication method that fits its type and one redirect URI.
     */
    public static Application application(
            String clientId, ClientType type, Set<GrantType> grantTypes, Set<String> scopes) {
        Application application = new Application(
                clientId,
                "App " + clientId,
                null,
                type,
                type == ClientType.PUBLIC ? TokenEndpointAuthMethod.NONE : TokenEndpointAuthMethod.CLIENT_SECRET_BASIC,
                ApplicationStatus.ACTIVE,
                CREATED);
        application.setRedirectUris(List.of("https://" + clientId + ".example/cb"));
        application.setGrantTypes(grantTypes);
        application.setScopes(scopes);
        return application;
    }
}
