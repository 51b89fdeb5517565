package dev.grantry.web.page;

import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.grantry.web.testing.Issuers;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

class SignOutTest {

    @Test
    void whenTheUserSignsOutThenTheSessionEndsAndTheLoginPageSaysSo() throws Exception {
        FacesRequest request = new FacesRequest("alice");
        HttpServletRequest servletRequest = mock(HttpServletRequest.class);
        when(request.external.getRequest()).thenReturn(servletRequest);
        when(request.external.getRequestContextPath()).thenReturn("/ctx");
        SignOut signOut = new SignOut();
        signOut.faces = request.faces;
        signOut.publicAddress = Issuers.at("https://id.example/ctx");

        signOut.signOut();

        InOrder order = inOrder(servletRequest, request.external);
        order.verify(servletRequest).logout();
        order.verify(request.external).invalidateSession();
        order.verify(request.external).redirect("https://id.example/ctx/login?signedOut=true");
    }
}
