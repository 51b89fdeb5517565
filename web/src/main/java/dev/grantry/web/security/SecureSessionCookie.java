package dev.grantry.web.security;

import dev.grantry.web.address.PublicAddress;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the session cookie {@code Secure} when Grantry is served over HTTPS (an {@code https} issuer), so that a
 * browser never sends the signed-in session over plain HTTP. Set while the application starts, the only time the
 * session cookie's settings can change (Servlet 6.0 §7.1.1); web.xml sets the rest ({@code HttpOnly},
 * {@code SameSite=Lax}).
 */
@WebListener
public class SecureSessionCookie implements ServletContextListener {

    @Inject
    PublicAddress publicAddress;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (publicAddress.isHttps()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
