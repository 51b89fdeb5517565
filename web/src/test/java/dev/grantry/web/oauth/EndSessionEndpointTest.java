package dev.grantry.web.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.oidc.EndSessionRequest;
import dev.grantry.service.oidc.EndSessionService;
import dev.grantry.web.testing.Bodies;
import dev.grantry.web.testing.Issuers;
import dev.grantry.web.testing.MapSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.security.Principal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EndSessionEndpointTest {

    private final EndSessionEndpoint endpoint = new EndSessionEndpoint();
    private final MapSession session = new MapSession();
    private final MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
    private final Principal alice = () -> "alice";

    {
        endpoint.endSession = mock(EndSessionService.class);
        endpoint.publicAddress = Issuers.at("https://grantry.example");
        endpoint.uriInfo = mock(UriInfo.class);
        endpoint.request = mock(HttpServletRequest.class);
        when(endpoint.uriInfo.getQueryParameters()).thenReturn(query);
        when(endpoint.request.getSession(false)).thenReturn(session.session());
        when(endpoint.request.getUserPrincipal()).thenReturn(alice);
        when(endpoint.request.getContextPath()).thenReturn("");
    }

    @Test
    void whenTheServiceNamesARedirectThenTheSessionEndsAndTheBrowserGoesThere() throws Exception {
        query.putSingle("id_token_hint", "eyJ");
        query.putSingle("post_logout_redirect_uri", "https://rp.example/bye");
        query.putSingle("state", "s");
        query.putSingle("ui_locales", "de");
        when(endpoint.endSession.end(new EndSessionRequest("eyJ", null, "https://rp.example/bye", "s"), "alice"))
                .thenReturn(Optional.of("https://rp.example/bye?state=s"));

        Response response = endpoint.get();

        assertEquals(303, response.getStatus());
        assertEquals(URI.create("https://rp.example/bye?state=s"), response.getLocation());
        verify(endpoint.request).logout();
        assertTrue(session.invalidated());
    }

    @Test
    void whenThereIsNoRedirectThenTheSignedOutPageAtTheIssuersAddress() throws Exception {
        when(endpoint.endSession.end(new EndSessionRequest(null, "rp", null, null), "alice"))
                .thenReturn(Optional.empty());

        Response response = endpoint.post("application/x-www-form-urlencoded", Bodies.of("client_id=rp&state="));

        assertEquals(URI.create("https://grantry.example/login?signedOut=true"), response.getLocation());
        assertTrue(session.invalidated());
    }

    @Test
    void whenTheRequestIsRefusedThenAnErrorPageAndNobodyIsSignedOut() throws Exception {
        query.putSingle("post_logout_redirect_uri", "https://evil.example/");
        when(endpoint.endSession.end(new EndSessionRequest(null, null, "https://evil.example/", null), "alice"))
                .thenThrow(new OAuthException(OAuthError.INVALID_REQUEST, "Not <registered>."));

        Response response = endpoint.get();

        assertEquals(400, response.getStatus());
        assertTrue(((String) response.getEntity()).contains("Not &lt;registered&gt;."));
        verify(endpoint.request, never()).logout();
        assertFalse(session.invalidated());
    }
}
