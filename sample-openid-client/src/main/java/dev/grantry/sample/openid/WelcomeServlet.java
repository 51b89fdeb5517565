package dev.grantry.sample.openid;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The application's page for signed-in users ({@code rolesAllowed = "**"}: any authenticated user), which is what
 * sends a visitor to Grantry. It greets the user by the name Grantry gave: the caller name is the
 * {@code preferred_username} claim, and {@code name} and {@code sub} come from the user's OpenID Connect claims.
 */
@WebServlet("")
@ServletSecurity(@HttpConstraint(rolesAllowed = "**"))
public class WelcomeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OpenIdContext openId;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getUserPrincipal().getName();
        String name = openId.getClaims().getName().orElse(username);
        Html.page(
                response,
                "Welcome",
                "<p id=\"greeting\">Hello, " + Html.escape(name) + "!</p>"
                        + "<p>You signed in with Grantry as <span id=\"username\">" + Html.escape(username)
                        + "</span> (subject <span id=\"subject\">" + Html.escape(openId.getSubject())
                        + "</span>).</p>"
                        + "<form method=\"post\" action=\"" + request.getContextPath() + "/sign-out\">"
                        + "<button type=\"submit\">Sign out</button></form>");
    }
}
