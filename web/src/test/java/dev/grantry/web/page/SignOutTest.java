package dev.grantry.web.page;

import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

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

        signOut.signOut();

        InOrder order = inOrder(servletRequest, request.external);
        order.verify(servletRequest).logout();
        order.verify(request.external).invalidateSession();
        order.verify(request.external).redirect("/ctx/login.xhtml?signedOut=true");
    }
}
