package dev.grantry.service.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.service.client.TestAuthenticator;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.fakes.FakeApplicationRepository;
import dev.grantry.service.fakes.TestData;
import dev.grantry.service.token.IssuedTokens;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenServiceTest {

    final Application client = TestData.confidential("c", "secret", Set.of(GrantType.REFRESH_TOKEN), Set.of());
    final TokenService service = new TokenService();

    {
        service.authenticator = TestAuthenticator.over(new FakeApplicationRepository(client));
        service.grants = new Grants(List.of(new Answering(GrantType.REFRESH_TOKEN), new Answering(GrantType.CLIENT_CREDENTIALS)));
    }

    @Test
    void whenClientIsAllowedTheGrantThenTheGrantAnswers() {
        IssuedTokens response = service.token(null, new TokenParameters(Map.of("grant_type", "refresh_token",
                "client_id", "c", "client_secret", "secret")));

        assertEquals("refresh_token", response.accessToken());
    }

    @Test
    void whenClientIsNotAllowedTheGrantThenUnauthorizedClient() {
        OAuthException e = assertThrows(OAuthException.class, () -> service.token(null, new TokenParameters(
                Map.of("grant_type", "client_credentials", "client_id", "c", "client_secret", "secret"))));

        assertEquals(OAuthError.UNAUTHORIZED_CLIENT, e.error());
    }

    @Test
    void whenGrantTypeIsUnknownThenUnsupportedGrantTypeBeforeClientAuthentication() {
        OAuthException e = assertThrows(OAuthException.class, () -> service.token(null,
                new TokenParameters(Map.of("grant_type", "password"))));

        assertEquals(OAuthError.UNSUPPORTED_GRANT_TYPE, e.error());
    }

    @Test
    void whenGrantTypeIsMissingThenInvalidRequest() {
        OAuthException e = assertThrows(OAuthException.class, () -> service.token(null,
                new TokenParameters(Map.of("client_id", "c"))));

        assertEquals(OAuthError.INVALID_REQUEST, e.error());
    }

    private record Answering(GrantType grantType) implements TokenGrant {

        @Override
        public IssuedTokens exchange(Application client, TokenParameters parameters) {
            return new IssuedTokens(grantType.value(), "Bearer", 60, null, "");
        }
    }
}
