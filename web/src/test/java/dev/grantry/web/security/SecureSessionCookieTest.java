package dev.grantry.web.security;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.grantry.web.testing.Issuers;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.SessionCookieConfig;
import org.junit.jupiter.api.Test;

class SecureSessionCookieTest {

    private final ServletContext context = mock(ServletContext.class);
    private final SessionCookieConfig cookie = mock(SessionCookieConfig.class);

    {
        when(context.getSessionCookieConfig()).thenReturn(cookie);
    }

    @Test
    void whenTheIssuerIsHttpsThenTheSessionCookieIsSecure() {
        started("https://id.example");

        verify(cookie).setSecure(true);
    }

    @Test
    void whenTheIssuerIsPlainHttpThenTheCookieIsLeftAsConfigured() {
        started("http://127.0.0.1:8080");

        verify(cookie, never()).setSecure(true);
    }

    private void started(String issuer) {
        SecureSessionCookie listener = new SecureSessionCookie();
        listener.publicAddress = Issuers.at(issuer);
        listener.contextInitialized(new ServletContextEvent(context));
    }
}
