package dev.grantry.web.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.grant.TokenParameters;
import dev.grantry.service.grant.TokenService;
import dev.grantry.service.token.IssuedTokens;
import dev.grantry.web.testing.Bodies;
import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class TokenEndpointTest {

    private static final String BASIC = "Basic YzpzZWNyZXQ=";

    private final TokenEndpoint endpoint = new TokenEndpoint();

    {
        endpoint.tokenService = mock(TokenService.class);
    }

    @Test
    void whenTokensAreIssuedThenTheyAreAnsweredAsRfc6749Json() {
        when(endpoint.tokenService.token(eq(BASIC), any()))
                .thenReturn(new IssuedTokens("at", "Bearer", 3600, "rt", "photos:read"));

        Response response = endpoint.token(
                "application/x-www-form-urlencoded", BASIC, Bodies.of("grant_type=authorization_code&code=abc"));

        assertEquals(200, response.getStatus());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
        assertEquals(
                Json.createObjectBuilder()
                        .add("access_token", "at")
                        .add("token_type", "Bearer")
                        .add("expires_in", 3600)
                        .add("refresh_token", "rt")
                        .add("scope", "photos:read")
                        .build(),
                Bodies.json(response));
    }

    @Test
    void whenAnIdTokenIsIssuedThenItIsInTheResponse() {
        when(endpoint.tokenService.token(eq(BASIC), any()))
                .thenReturn(new IssuedTokens("at", "Bearer", 3600, null, "openid", "eyJ.id.token"));

        Response response = endpoint.token(
                "application/x-www-form-urlencoded", BASIC, Bodies.of("grant_type=authorization_code&code=abc"));

        assertEquals("eyJ.id.token", Bodies.json(response).getString("id_token"));
    }

    @Test
    void whenNoRefreshTokenAndNoScopeAreIssuedThenTheyAreLeftOut() {
        when(endpoint.tokenService.token(any(), any())).thenReturn(new IssuedTokens("at", "Bearer", 60, null, ""));

        Response response =
                endpoint.token("application/json", null, Bodies.of("{\"grant_type\":\"client_credentials\"}"));

        assertEquals(
                Json.createObjectBuilder()
                        .add("access_token", "at")
                        .add("token_type", "Bearer")
                        .add("expires_in", 60)
                        .build(),
                Bodies.json(response));
    }

    @Test
    void whenTheBodyIsAFormOrJsonThenTheServiceGetsItsParameters() {
        when(endpoint.tokenService.token(any(), any())).thenReturn(new IssuedTokens("at", "Bearer", 60, null, ""));
        ArgumentCaptor<TokenParameters> parameters = ArgumentCaptor.forClass(TokenParameters.class);

        endpoint.token(
                "application/json;charset=UTF-8",
                null,
                Bodies.of("{\"grant_type\":\"refresh_token\",\"refresh_token\":\"r\"}"));

        verify(endpoint.tokenService).token(eq(null), parameters.capture());
        assertEquals(Optional.of("refresh_token"), parameters.getValue().optional("grant_type"));
        assertEquals(Optional.of("r"), parameters.getValue().optional("refresh_token"));
    }

    @Test
    void whenTheBodyIsUnreadableThenInvalidRequestBeforeTheServiceIsAsked() {
        OAuthException e = assertThrows(
                OAuthException.class,
                () -> endpoint.token("text/plain", BASIC, Bodies.of("grant_type=client_credentials")));

        assertEquals(OAuthError.INVALID_REQUEST, e.error());
        verifyNoInteractions(endpoint.tokenService);
    }

    @Test
    void whenAParameterIsRepeatedThenInvalidRequestBeforeTheServiceIsAsked() {
        OAuthException e = assertThrows(
                OAuthException.class,
                () -> endpoint.token(
                        "application/x-www-form-urlencoded", BASIC, Bodies.of("grant_type=a&grant_type=b")));

        assertEquals(OAuthError.INVALID_REQUEST, e.error());
        verifyNoInteractions(endpoint.tokenService);
    }
}
