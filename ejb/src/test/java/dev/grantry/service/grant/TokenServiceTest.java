package dev.grantry.service.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.testing.Fixtures;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import dev.grantry.service.token.IssuedTokens;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TokenServiceTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    final TestContainer container = new TestContainer(db, Clock.systemUTC(), TestSettings.settings())
            .with(
                    Grants.class,
                    new Grants(List.of(
                            new Answering(GrantType.REFRESH_TOKEN), new Answering(GrantType.CLIENT_CREDENTIALS))));
    final TokenService service = container.get(TokenService.class);

    {
        new Fixtures(db, container).confidential("c", "secret", Set.of(GrantType.REFRESH_TOKEN), Set.of());
    }

    @Test
    void whenClientIsAllowedTheGrantThenTheGrantAnswers() {
        IssuedTokens response = service.token(
                null,
                new TokenParameters(
                        Map.of("grant_type", "refresh_token", "client_id", "c", "client_secret", "secret")));

        assertEquals("refresh_token", response.accessToken());
    }

    @Test
    void whenClientIsNotAllowedTheGrantThenUnauthorizedClient() {
        OAuthException e = assertThrows(
                OAuthException.class,
                () -> service.token(
                        null,
                        new TokenParameters(Map.of(
                                "grant_type", "client_credentials", "client_id", "c", "client_secret", "secret"))));

        assertEquals(OAuthError.UNAUTHORIZED_CLIENT, e.error());
    }

    @Test
    void whenGrantTypeIsUnknownThenUnsupportedGrantTypeBeforeClientAuthentication() {
        OAuthException e = assertThrows(
                OAuthException.class, () -> service.token(null, new TokenParameters(Map.of("grant_type", "password"))));

        assertEquals(OAuthError.UNSUPPORTED_GRANT_TYPE, e.error());
    }

    @Test
    void whenGrantTypeIsMissingThenInvalidRequest() {
        OAuthException e = assertThrows(
                OAuthException.class, () -> service.token(null, new TokenParameters(Map.of("client_id", "c"))));

        assertEquals(OAuthError.INVALID_REQUEST, e.error());
    }

    private record Answering(GrantType grantType) implements TokenGrant {

        @Override
        public IssuedTokens exchange(Application client, TokenParameters parameters) {
            return new IssuedTokens(grantType.value(), "Bearer", 60, null, "");
        }
    }
}
