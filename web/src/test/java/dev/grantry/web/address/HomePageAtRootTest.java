package dev.grantry.web.address;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.junit.jupiter.api.Test;

class HomePageAtRootTest {

    private final HomePageAtRoot servlet = new HomePageAtRoot();
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final RequestDispatcher home = mock(RequestDispatcher.class);

    {
        when(request.getRequestDispatcher("/index.xhtml")).thenReturn(home);
    }

    @Test
    void whenASignedInUserOpensTheRootThenTheHomePageAnswers() throws Exception {
        when(request.getUserPrincipal()).thenReturn(mock(Principal.class));

        servlet.doGet(request, response);

        verify(home).forward(request, response);
        verify(request, never()).authenticate(response);
    }

    @Test
    void whenAnAnonymousRequestSignsInThenTheHomePageAnswers() throws Exception {
        when(request.authenticate(response)).thenReturn(true);

        servlet.doGet(request, response);

        verify(home).forward(request, response);
    }

    @Test
    void whenAnAnonymousRequestIsSentToSignInThenTheHomePageIsNotShown() throws Exception {
        when(request.authenticate(response)).thenReturn(false);

        servlet.doGet(request, response);

        verify(request).authenticate(response);
        verify(home, never()).forward(request, response);
    }
}
