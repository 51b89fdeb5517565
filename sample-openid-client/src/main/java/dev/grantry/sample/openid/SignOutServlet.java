package dev.grantry.sample.openid;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Signs the user out, here and at Grantry: {@code logout()} lets the OpenID Connect mechanism end the session and
 * redirect the browser to Grantry's {@code end_session_endpoint} (see {@link SignInWithGrantry}).
 */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        request.logout();
        if (!response.isCommitted()) {
            // Nobody was signed in, so the mechanism had nowhere to send the browser.
            response.sendRedirect(request.getContextPath() + "/signed-out");
        }
    }
}
