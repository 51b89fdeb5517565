package dev.grantry.web.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.oidc.UserInfoService;
import dev.grantry.web.testing.Bodies;
import jakarta.json.Json;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserInfoEndpointTest {

    private final UserInfoEndpoint endpoint = new UserInfoEndpoint();

    {
        endpoint.userInfo = mock(UserInfoService.class);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", "0b6f…");
        claims.put("updated_at", 1700000000L);
        claims.put("email_verified", false);
        when(endpoint.userInfo.claims("at")).thenReturn(claims);
    }

    @Test
    void whenABearerTokenIsSentThenTheClaimsAreAnsweredAsJson() {
        Response response = endpoint.get("Bearer at");

        assertEquals(200, response.getStatus());
        assertEquals(
                Json.createObjectBuilder()
                        .add("sub", "0b6f…")
                        .add("updated_at", 1700000000L)
                        .add("email_verified", false)
                        .build(),
                Bodies.json(response));
    }

    @Test
    void whenThePostedFormCarriesTheTokenThenItIsUsed() {
        Response response = endpoint.post(null, "application/x-www-form-urlencoded", body("access_token=at"));

        assertEquals(200, response.getStatus());
    }

    @Test
    void whenNoTokenIsSentThenABareBearerChallenge() {
        NotAuthorizedException refused = assertThrows(NotAuthorizedException.class, () -> endpoint.get(null));

        assertEquals(401, refused.getResponse().getStatus());
        assertEquals("Bearer realm=\"grantry\"", refused.getResponse().getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
        verify(endpoint.userInfo, never()).claims(any());
    }

    @Test
    void whenTheTokenIsRefusedThenTheServicesErrorGoesToTheMapper() {
        when(endpoint.userInfo.claims("old"))
                .thenThrow(new OAuthException(OAuthError.INVALID_TOKEN, "The access token is invalid."));

        OAuthException refused = assertThrows(OAuthException.class, () -> endpoint.get("Bearer old"));

        assertEquals(OAuthError.INVALID_TOKEN, refused.error());
    }

    private static InputStream body(String form) {
        return new ByteArrayInputStream(form.getBytes(StandardCharsets.UTF_8));
    }
}
