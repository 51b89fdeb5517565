package dev.grantry.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.grantry.service.authorize.AuthorizationRequestException;
import dev.grantry.service.authorize.AuthorizationService;
import dev.grantry.service.authorize.ConsentView;
import dev.grantry.service.authorize.OpenIdParameters;
import dev.grantry.service.authorize.PendingRequest;
import dev.grantry.service.scope.ScopeView;
import dev.grantry.web.oauth.WaitingRequests;
import dev.grantry.web.testing.MapSession;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConsentPageTest {

    private static final ConsentView GALLERY =
            new ConsentView("Gallery", null, "bob", List.of(new ScopeView("photos:read", "See your photos")));

    private final FacesRequest request = new FacesRequest("alice");
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final ConsentPage page = new ConsentPage();

    {
        page.authorizations = mock(AuthorizationService.class);
        when(request.external.getRequestParameterMap()).thenReturn(Map.of("request", "req1"));
        when(request.external.getResponse()).thenReturn(response);
    }

    @BeforeEach
    void enterTheRequest() {
        CurrentFaces.set(request.faces);
    }

    @AfterEach
    void leaveTheRequest() {
        CurrentFaces.set(null);
    }

    @Test
    void whenTheUserMustDecideThenTheRequestIsShown() {
        when(page.authorizations.approveIfRemembered("req1", "alice")).thenReturn(Optional.empty());
        when(page.authorizations.show("req1", "alice")).thenReturn(GALLERY);

        page.load();

        assertEquals(GALLERY, page.getRequest());
        assertNull(page.getError());
        verify(response, never()).setStatus(anyInt());
    }

    @Test
    void whenTheRequestWaitedInTheSessionForTheSignInThenItIsOpenedForTheUserOnce() {
        HttpSession session = new MapSession().session();
        PendingRequest waiting = new PendingRequest(
                "req1",
                "gallery",
                null,
                "https://gallery.example/cb",
                Set.of("photos:read"),
                null,
                null,
                null,
                Instant.EPOCH,
                OpenIdParameters.NONE);
        WaitingRequests.keep(session, waiting);
        when(request.external.getSession(false)).thenReturn(session);
        when(page.authorizations.approveIfRemembered("req1", "alice")).thenReturn(Optional.empty());
        when(page.authorizations.show("req1", "alice")).thenReturn(GALLERY);

        page.load();

        verify(page.authorizations).open(waiting, "alice", null);
        assertEquals(GALLERY, page.getRequest());
        assertTrue(WaitingRequests.take(session, "req1").isEmpty(), "opened once, then only in the database");
    }

    @Test
    void whenConsentIsRememberedThenTheClientIsAnsweredAtOnceWithAnUncached303() {
        when(page.authorizations.approveIfRemembered("req1", "alice"))
                .thenReturn(Optional.of("https://gallery.example/cb?code=c"));

        page.load();

        verifyRedirectTo("https://gallery.example/cb?code=c");
        verify(page.authorizations, never()).show(anyString(), anyString());
        assertNull(page.getRequest());
    }

    @Test
    void whenTheRequestIsUnknownOrExpiredThenTheReasonIsShownWith400() {
        when(page.authorizations.approveIfRemembered("req1", "alice"))
                .thenThrow(AuthorizationRequestException.notRedirectable("The request has expired."));

        page.load();

        assertEquals("The request has expired.", page.getError());
        assertNull(page.getRequest());
        verify(request.external).setResponseStatus(400);
        verify(request.faces, never()).responseComplete();
    }

    @Test
    void whenThePageIsPostedBackThenTheRequestIsNotLoadedAgain() {
        when(request.faces.isPostback()).thenReturn(true);

        page.load();

        verifyNoInteractions(page.authorizations);
    }

    @Test
    void whenTheUserAuthorizesThenTheClientGetsItsCode() {
        showTheRequest();
        when(page.authorizations.approve("req1", "alice")).thenReturn("https://gallery.example/cb?code=c");

        page.authorize();

        verifyRedirectTo("https://gallery.example/cb?code=c");
    }

    @Test
    void whenTheUserDeniesThenTheClientGetsAccessDenied() {
        showTheRequest();
        when(page.authorizations.deny("req1", "alice")).thenReturn("https://gallery.example/cb?error=access_denied");

        page.deny();

        verifyRedirectTo("https://gallery.example/cb?error=access_denied");
    }

    @Test
    void whenTheRequestWasAnsweredMeanwhileThenTheReasonIsShownInsteadOfTheRequest() {
        showTheRequest();
        when(page.authorizations.approve("req1", "alice"))
                .thenThrow(AuthorizationRequestException.notRedirectable("The request was already answered."));

        page.authorize();

        assertNull(page.getRequest());
        assertEquals("The request was already answered.", page.getError());
        verify(request.external).setResponseStatus(400);
    }

    private void showTheRequest() {
        when(page.authorizations.approveIfRemembered("req1", "alice")).thenReturn(Optional.empty());
        when(page.authorizations.show("req1", "alice")).thenReturn(GALLERY);
        page.load();
    }

    private void verifyRedirectTo(String location) {
        verify(response).setStatus(303);
        verify(response).setHeader("Location", location);
        verify(response).setHeader("Cache-Control", "no-store");
        verify(request.faces).responseComplete();
    }

    /** Makes a Faces context the current one, as the Faces servlet does for each request. */
    private abstract static class CurrentFaces extends FacesContext {

        static void set(FacesContext faces) {
            setCurrentInstance(faces);
        }
    }
}
