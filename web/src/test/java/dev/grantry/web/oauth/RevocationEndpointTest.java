package dev.grantry.web.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.grantry.service.client.ClientCredentials;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.token.RevocationService;
import dev.grantry.web.testing.Bodies;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class RevocationEndpointTest {

    private final RevocationEndpoint endpoint = new RevocationEndpoint();

    {
        endpoint.revocation = mock(RevocationService.class);
    }

    @Test
    void whenAClientRevokesATokenThenTheServiceRevokesItAndTheAnswerIsAnEmpty200() {
        Response response = endpoint.revoke(
                "application/x-www-form-urlencoded",
                null,
                Bodies.of("token=t&token_type_hint=refresh_token&client_id=c&client_secret=s"));

        verify(endpoint.revocation).revoke(new ClientCredentials(null, "c", "s"), "t");
        assertEquals(200, response.getStatus());
        assertNull(response.getEntity());
    }

    @Test
    void whenTheBodyIsNotAFormNorJsonThenInvalidRequestAndNothingIsRevoked() {
        OAuthException e = assertThrows(
                OAuthException.class, () -> endpoint.revoke("multipart/form-data", "Basic YTpi", Bodies.of("token=t")));

        assertEquals(OAuthError.INVALID_REQUEST, e.error());
        verifyNoInteractions(endpoint.revocation);
    }
}
