package dev.grantry.service.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.token.IssuedTokens;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrantsTest {

    final TokenGrant refresh = new Named(GrantType.REFRESH_TOKEN);
    final TokenGrant credentials = new Named(GrantType.CLIENT_CREDENTIALS);

    @Test
    void whenGrantTypeIsKnownThenItsGrantIsFound() {
        Grants grants = new Grants(List.of(refresh, credentials));

        assertSame(refresh, grants.find("refresh_token"));
        assertSame(credentials, grants.find("client_credentials"));
    }

    @Test
    void whenGrantTypeIsUnknownThenUnsupportedGrantType() {
        Grants grants = new Grants(List.of(refresh));

        OAuthException e = assertThrows(OAuthException.class, () -> grants.find("password"));

        assertEquals(OAuthError.UNSUPPORTED_GRANT_TYPE, e.error());
    }

    @Test
    void whenListedThenGrantTypesAreSorted() {
        assertEquals(
                List.of("client_credentials", "refresh_token"),
                List.copyOf(new Grants(List.of(refresh, credentials)).grantTypes()));
    }

    @Test
    void whenTwoGrantsAnswerOneTypeThenStartFails() {
        assertThrows(
                IllegalStateException.class, () -> new Grants(List.of(refresh, new Named(GrantType.REFRESH_TOKEN))));
    }

    private record Named(GrantType grantType) implements TokenGrant {

        @Override
        public IssuedTokens exchange(Application client, TokenParameters parameters) {
            return new IssuedTokens("a", "Bearer", 1, null, "");
        }
    }
}
