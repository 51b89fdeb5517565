package dev.grantry.service.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.grant.IssuedToken;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.testing.Fixtures;
import dev.grantry.service.testing.RecordedEvents;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import dev.grantry.service.token.IssuedTokens;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ClientCredentialsGrantTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    final TestContainer container = new TestContainer(db, Clock.systemUTC(), TestSettings.settings());
    final Fixtures stored = new Fixtures(db, container);
    final ClientCredentialsGrant grant = container.get(ClientCredentialsGrant.class);
    final Application client = stored.confidential(
            "machine", "secret", Set.of(GrantType.CLIENT_CREDENTIALS), Set.of("repo:read", "repo:write"));

    @Test
    void whenNoScopeAskedThenEveryRegisteredScopeAndTheClientIsTheSubject() throws Exception {
        IssuedTokens response = grant.exchange(client, params(Map.of()));

        JWTClaimsSet claims = SignedJWT.parse(response.accessToken()).getJWTClaimsSet();
        assertEquals("machine", claims.getSubject());
        assertEquals("machine", claims.getStringClaim("client_id"));
        assertEquals("repo:read repo:write", response.scope());
        assertNull(response.refreshToken());
        assertEquals(1, db.all(IssuedToken.class).size());
    }

    @Test
    void whenRegisteredScopeAskedThenOnlyThatScope() {
        assertEquals(
                "repo:read",
                grant.exchange(client, params(Map.of("scope", "repo:read"))).scope());
    }

    @Test
    void whenUnregisteredScopeAskedThenInvalidScope() {
        OAuthException e = assertThrows(
                OAuthException.class, () -> grant.exchange(client, params(Map.of("scope", "repo:read repo:admin"))));

        assertEquals(OAuthError.INVALID_SCOPE, e.error());
    }

    @Test
    void whenPublicClientAsksThenUnauthorizedClient() {
        Application publicClient =
                stored.publicClient("spa", Set.of(GrantType.CLIENT_CREDENTIALS), Set.of("repo:read"));

        OAuthException e = assertThrows(OAuthException.class, () -> grant.exchange(publicClient, params(Map.of())));

        assertEquals(OAuthError.UNAUTHORIZED_CLIENT, e.error());
    }

    static TokenParameters params(Map<String, String> extra) {
        var values = new HashMap<>(extra);
        values.put("grant_type", "client_credentials");
        return new TokenParameters(values);
    }

    @Test
    void whenATokenIsIssuedThenItIsRecordedWithoutUserOrGrant() {
        RecordedEvents events = new RecordedEvents(db);

        grant.exchange(client, params(Map.of("scope", "repo:read")));

        String jti = db.all(IssuedToken.class).get(0).getJti();
        assertEquals(
                List.of("TOKEN_ISSUED/SUCCESS actor=client:machine client=machine scopes=repo:read jti=" + jti
                        + " detail=client_credentials"),
                events.since());
    }

    @Test
    void whenTheScopeIsRefusedThenNothingIsRecorded() {
        RecordedEvents events = new RecordedEvents(db);

        assertThrows(OAuthException.class, () -> grant.exchange(client, params(Map.of("scope", "repo:admin"))));

        assertEquals(List.of(), events.since());
    }
}
