package dev.grantry.web.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.grantry.service.authorize.AuthorizationRequestException;
import dev.grantry.service.authorize.AuthorizationService;
import dev.grantry.service.authorize.OpenIdParameters;
import dev.grantry.service.authorize.PendingRequest;
import dev.grantry.service.error.OAuthError;
import dev.grantry.web.testing.Issuers;
import dev.grantry.web.testing.MapSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthorizationEndpointTest {

    private static final PendingRequest REQ1 = pending("req1");

    private final AuthorizationEndpoint endpoint = new AuthorizationEndpoint();
    private final HttpSession session = new MapSession().session();
    private final MultivaluedMap<String, String> query = new MultivaluedHashMap<>();

    {
        endpoint.authorizations = mock(AuthorizationService.class);
        endpoint.publicAddress = Issuers.at("https://grantry.example/ctx");
        endpoint.uriInfo = mock(UriInfo.class);
        endpoint.request = mock(HttpServletRequest.class);
        when(endpoint.uriInfo.getQueryParameters()).thenReturn(query);
        // What the request says; a forged Host header must not matter.
        when(endpoint.uriInfo.getBaseUri()).thenReturn(URI.create("http://evil.example/ctx/"));
        when(endpoint.request.getContextPath()).thenReturn("/ctx");
        when(endpoint.request.getSession(true)).thenReturn(session);
        query.putSingle("client_id", "gallery");
    }

    @Test
    void whenNobodyIsSignedInThenTheRequestWaitsInTheSessionForTheConsentPageAtTheIssuersAddress() throws Exception {
        when(endpoint.authorizations.begin(query)).thenReturn(REQ1);

        Response response = endpoint.authorize();

        assertEquals(303, response.getStatus());
        assertEquals(URI.create("https://grantry.example/ctx/consent?request=req1"), response.getLocation());
        verify(endpoint.authorizations, never()).open(any(), any(), any());
        verify(endpoint.authorizations, never()).approveIfRemembered(any(), any());
        assertEquals(Optional.of(REQ1), WaitingRequests.take(session, "req1"));
    }

    @Test
    void whenAThousandAnonymousRequestsArriveThenNoneIsStoredAndTheSessionKeepsOnlyTheLatest() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            PendingRequest request = pending("req" + i);
            when(endpoint.authorizations.begin(query)).thenReturn(request);
            ids.add(request.id());
            assertEquals(303, endpoint.authorize().getStatus());
        }

        verify(endpoint.authorizations, never()).open(any(), any(), any());
        long kept = ids.stream()
                .filter(id -> WaitingRequests.take(session, id).isPresent())
                .count();
        assertEquals(WaitingRequests.MAX_PER_SESSION, kept);
        assertTrue(WaitingRequests.take(session, "req999").isEmpty(), "taken once");
    }

    @Test
    void whenTheSignedInUserAlreadyGrantedItThenTheClientIsAnsweredAtOnce() throws Exception {
        when(endpoint.authorizations.begin(query)).thenReturn(REQ1);
        when(endpoint.request.getUserPrincipal()).thenReturn(user("alice"));
        when(endpoint.authorizations.open(REQ1, "alice", null)).thenReturn("req1");
        when(endpoint.authorizations.approveIfRemembered("req1", "alice"))
                .thenReturn(Optional.of("https://gallery.example/cb?code=c&state=s"));

        Response response = endpoint.authorize();

        assertEquals(303, response.getStatus());
        assertEquals(URI.create("https://gallery.example/cb?code=c&state=s"), response.getLocation());
    }

    @Test
    void whenTheSignedInUserMustDecideThenTheRequestWaitsOnTheConsentPage() throws Exception {
        when(endpoint.authorizations.begin(query)).thenReturn(REQ1);
        when(endpoint.request.getUserPrincipal()).thenReturn(user("alice"));
        when(endpoint.authorizations.open(REQ1, "alice", null)).thenReturn("req1");
        when(endpoint.authorizations.approveIfRemembered("req1", "alice")).thenReturn(Optional.empty());

        Response response = endpoint.authorize();

        assertEquals(URI.create("https://grantry.example/ctx/consent?request=req1"), response.getLocation());
    }

    @Test
    void whenTheRequestIsRefusedToATrustedRedirectUriThenTheErrorGoesBackToTheClient() throws Exception {
        when(endpoint.authorizations.begin(query))
                .thenThrow(AuthorizationRequestException.redirect(
                        OAuthError.INVALID_SCOPE, "Unknown scope.", "https://gallery.example/cb", "s"));
        when(endpoint.authorizations.errorRedirect(
                        "https://gallery.example/cb", OAuthError.INVALID_SCOPE, "Unknown scope.", "s"))
                .thenReturn("https://gallery.example/cb?error=invalid_scope&state=s");

        Response response = endpoint.authorize();

        assertEquals(303, response.getStatus());
        assertEquals(URI.create("https://gallery.example/cb?error=invalid_scope&state=s"), response.getLocation());
    }

    @Test
    void whenTheClientOrRedirectUriCannotBeTrustedThenTheUserSeesAnEscapedErrorPageAndIsNotRedirected()
            throws Exception {
        when(endpoint.authorizations.begin(query))
                .thenThrow(AuthorizationRequestException.notRedirectable("Unknown client <b>x</b>."));

        Response response = endpoint.authorize();

        assertEquals(400, response.getStatus());
        assertEquals(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"), response.getMediaType());
        assertEquals(null, response.getLocation());
        String page = (String) response.getEntity();
        assertTrue(page.contains("Unknown client &lt;b&gt;x&lt;/b&gt;."), page);
        assertTrue(page.contains("href=\"/ctx/\""), page);
        assertFalse(page.contains("<b>x</b>"), page);
    }

    @Test
    void whenPromptIsNoneAndNobodyIsSignedInThenTheClientIsAnsweredLoginRequiredWithoutAPage() throws Exception {
        PendingRequest silent = pending("req1", new OpenIdParameters(null, true, false, false, null, null));
        when(endpoint.authorizations.begin(query)).thenReturn(silent);
        when(endpoint.authorizations.errorRedirect(
                        "https://gallery.example/cb", OAuthError.LOGIN_REQUIRED, "The user is not signed in.", "s"))
                .thenReturn("https://gallery.example/cb?error=login_required&state=s");

        Response response = endpoint.authorize();

        assertEquals(URI.create("https://gallery.example/cb?error=login_required&state=s"), response.getLocation());
        assertTrue(WaitingRequests.take(session, "req1").isEmpty());
    }

    @Test
    void whenPromptIsNoneAndConsentIsNotRememberedThenTheClientIsAnsweredConsentRequired() throws Exception {
        PendingRequest silent = pending("req1", new OpenIdParameters(null, true, false, false, null, null));
        when(endpoint.authorizations.begin(query)).thenReturn(silent);
        when(endpoint.request.getUserPrincipal()).thenReturn(user("alice"));
        when(endpoint.authorizations.open(silent, "alice", null)).thenReturn("req1");
        when(endpoint.authorizations.approveIfRemembered("req1", "alice")).thenReturn(Optional.empty());
        when(endpoint.authorizations.errorRedirect(
                        "https://gallery.example/cb",
                        OAuthError.CONSENT_REQUIRED,
                        "The user has not authorized this request yet.",
                        "s"))
                .thenReturn("https://gallery.example/cb?error=consent_required&state=s");

        Response response = endpoint.authorize();

        assertEquals(URI.create("https://gallery.example/cb?error=consent_required&state=s"), response.getLocation());
    }

    @Test
    void whenASignedInUserMustSignInAgainThenTheSessionEndsAndTheRequestWaitsWithItsLoginHint() throws Exception {
        PendingRequest again = pending("req1", new OpenIdParameters(null, false, true, false, null, "alice"));
        MapSession old = new MapSession();
        when(endpoint.authorizations.begin(query)).thenReturn(again);
        when(endpoint.request.getUserPrincipal()).thenReturn(user("alice"));
        when(endpoint.request.getSession(false)).thenReturn(old.session());
        when(endpoint.authorizations.needsFreshSignIn(again, null)).thenReturn(true);

        Response response = endpoint.authorize();

        verify(endpoint.request).logout();
        assertTrue(old.invalidated());
        verify(endpoint.authorizations, never()).open(any(), any(), any());
        assertEquals(URI.create("https://grantry.example/ctx/consent?request=req1"), response.getLocation());
        assertEquals(Optional.of(again), WaitingRequests.take(session, "req1"));
        assertEquals("alice", LoginHint.of(session));
    }

    private static PendingRequest pending(String id) {
        return pending(id, OpenIdParameters.NONE);
    }

    private static PendingRequest pending(String id, OpenIdParameters openId) {
        return new PendingRequest(
                id,
                "gallery",
                null,
                "https://gallery.example/cb",
                Set.of("photos:read"),
                "s",
                null,
                null,
                Instant.EPOCH,
                openId);
    }

    private static Principal user(String name) {
        return () -> name;
    }
}
