package dev.grantry.service.grant;

import dev.grantry.persistence.client.GrantType;
import dev.grantry.service.testing.TestContainer;
import java.util.List;

/** The server's grants, one per grant type, as CDI would find them; for tests of this and other packages. */
public final class TestGrants {

    private TestGrants() {}

    /** Registers in {@code container} the {@link Grants} of its own grant beans, and returns the container. */
    public static TestContainer registerIn(TestContainer container) {
        Grants grants = new Grants(List.of(
                container.get(AuthorizationCodeGrant.class),
                container.get(RefreshTokenGrant.class),
                container.get(ClientCredentialsGrant.class)));
        if (grants.grantTypes().size() != GrantType.values().length) {
            throw new IllegalStateException("A grant type has no grant here: add it to the list above");
        }
        return container.with(Grants.class, grants);
    }
}
