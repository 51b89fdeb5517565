package dev.grantry.web.address;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.grantry.web.testing.Issuers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

class CleanPageAddressesTest {

    private final CleanPageAddresses filter = new CleanPageAddresses();
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final FilterChain chain = mock(FilterChain.class);

    {
        filter.publicAddress = Issuers.at("https://id.example");
        when(request.getContextPath()).thenReturn("");
        when(request.getMethod()).thenReturn("GET");
    }

    @Test
    void whenAnOldPageAddressIsReadThenItMovesToTheCleanOneWithItsQuery() throws Exception {
        when(request.getRequestURI()).thenReturn("/login.xhtml");
        when(request.getQueryString()).thenReturn("signedOut=true");

        filter.doFilter(request, response, chain);

        verify(response).setStatus(301);
        verify(response).setHeader("Location", "https://id.example/login?signedOut=true");
        verify(chain, never()).doFilter(request, response);
    }

    @Test
    void whenAnOldAdminAddressIsReadThenItMovesToTheCleanOne() throws Exception {
        when(request.getRequestURI()).thenReturn("/admin/users.xhtml");

        filter.doFilter(request, response, chain);

        verify(response).setHeader("Location", "https://id.example/admin/users");
    }

    @Test
    void whenAFormIsPostedToAnOldAddressThenItIsAnsweredThere() throws Exception {
        when(request.getMethod()).thenReturn("POST");
        when(request.getRequestURI()).thenReturn("/login.xhtml");

        filter.doFilter(request, response, chain);

        verify(chain).doFilter(request, response);
        verify(response, never()).setStatus(301);
    }

    @Test
    void whenAFacesResourceIsReadThenItKeepsItsAddress() throws Exception {
        when(request.getRequestURI()).thenReturn("/jakarta.faces.resource/css/grantry.css.xhtml");

        filter.doFilter(request, response, chain);

        verify(chain).doFilter(request, response);
        verify(response, never()).setStatus(301);
    }
}
