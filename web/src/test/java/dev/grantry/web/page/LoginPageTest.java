package dev.grantry.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.grantry.service.user.AddressedCredential;
import dev.grantry.service.user.SignInService;
import dev.grantry.web.testing.Issuers;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

class LoginPageTest {

    private final FacesRequest request = new FacesRequest(null);
    private final HttpServletRequest servletRequest = mock(HttpServletRequest.class);
    private final HttpServletResponse servletResponse = mock(HttpServletResponse.class);
    private final LoginPage page = new LoginPage();

    {
        page.securityContext = request.security;
        page.signInService = mock(SignInService.class);
        page.faces = request.faces;
        page.publicAddress = Issuers.at("https://id.example/ctx");
        when(request.external.getRequest()).thenReturn(servletRequest);
        when(request.external.getResponse()).thenReturn(servletResponse);
        when(request.external.getRequestContextPath()).thenReturn("/ctx");
        when(servletRequest.getRemoteAddr()).thenReturn("192.0.2.1");
        page.setUsername("alice");
        page.setPassword("correct horse");
    }

    @Test
    void whenTheUserSignsInThenTheirCredentialsGoToJakartaSecurity() throws Exception {
        ArgumentCaptor<AuthenticationParameters> parameters = ArgumentCaptor.forClass(AuthenticationParameters.class);
        when(request.security.authenticate(same(servletRequest), same(servletResponse), parameters.capture()))
                .thenReturn(AuthenticationStatus.SUCCESS);

        page.signIn();

        AddressedCredential credential =
                (AddressedCredential) parameters.getValue().getCredential();
        assertEquals("alice", credential.getCaller());
        assertEquals("correct horse", credential.getPasswordAsString());
        assertEquals("192.0.2.1", credential.clientAddress(), "failures count against the address too");
    }

    @Test
    void whenSignInSucceedsWithoutAPageAskedForThenTheUserGoesHome() throws Exception {
        signInAnswers(AuthenticationStatus.SUCCESS);

        page.signIn();

        verify(request.external).redirect("https://id.example/ctx/");
        assertEquals(List.of(), request.errors());
    }

    @Test
    void whenSignInContinuesToTheAskedPageThenFacesRendersNothing() throws Exception {
        signInAnswers(AuthenticationStatus.SEND_CONTINUE);

        page.signIn();

        verify(request.faces).responseComplete();
        verify(request.external, never()).redirect(any());
    }

    @Test
    void whenTheCredentialsAreWrongThenTheUserIsToldWithoutSayingWhichOne() throws Exception {
        signInAnswers(AuthenticationStatus.SEND_FAILURE);

        page.signIn();

        assertEquals(List.of("Wrong username or password."), request.errors());
        verify(request.external, never()).redirect(any());
    }

    @Test
    void whenTheUsernameIsLockedThenTheUserIsToldToTryLater() throws Exception {
        signInAnswers(AuthenticationStatus.SEND_FAILURE);
        when(page.signInService.isLocked("alice")).thenReturn(true);

        page.signIn();

        assertEquals(List.of("Too many failed sign-ins for this username. Try again later."), request.errors());
    }

    @Test
    void whenTheAddressHasFailedTooOftenThenTheUserIsToldSoRatherThanAboutTheUsername() throws Exception {
        signInAnswers(AuthenticationStatus.SEND_FAILURE);
        when(page.signInService.isAddressLimited("192.0.2.1")).thenReturn(true);
        when(page.signInService.isLocked("alice")).thenReturn(true);

        page.signIn();

        assertEquals(List.of("Too many failed sign-ins from your network address. Try again later."), request.errors());
    }

    @Test
    void whenNothingWasDoneThenItCountsAsAFailedSignIn() throws Exception {
        signInAnswers(AuthenticationStatus.NOT_DONE);

        page.signIn();

        assertEquals(List.of("Wrong username or password."), request.errors());
    }

    @Test
    void whenTheBrowserHasASessionThenItGetsANewIdBeforeTheCredentialsAreChecked() throws Exception {
        when(servletRequest.getSession(false)).thenReturn(mock(HttpSession.class));
        signInAnswers(AuthenticationStatus.SUCCESS);

        page.signIn();

        InOrder order = inOrder(servletRequest, request.security);
        order.verify(servletRequest).changeSessionId();
        order.verify(request.security).authenticate(same(servletRequest), same(servletResponse), any());
    }

    @Test
    void whenTheBrowserHasNoSessionYetThenThereIsNoIdToChange() throws Exception {
        signInAnswers(AuthenticationStatus.SUCCESS);

        page.signIn();

        verify(servletRequest, never()).changeSessionId();
    }

    private void signInAnswers(AuthenticationStatus status) {
        when(request.security.authenticate(any(), any(), any())).thenReturn(status);
    }
}
