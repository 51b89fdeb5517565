package dev.grantry.web.address;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The context root ({@code /}) answers with the signed-in user's home page ({@value #HOME}): this servlet is mapped
 * to the empty URL pattern, which matches the context root only (Servlet 6.0 §12.2).
 *
 * <p>Why a servlet of its own: Jakarta REST is the default servlet (web.xml), and a default servlet must not answer
 * the root. Servers differ in whether a welcome file beats a default servlet, and GlassFish 7 authorizes a request
 * the default servlet answers by its request path: for the root that is {@code "/"}, which in Jakarta Authorization
 * names every path rather than the context root ({@code ""}), so no qualified grant implies it and GlassFish refuses
 * the root with 403 to everybody, a signed-in user included. Mapped exactly, the root's request path is {@code ""}.
 *
 * <p>The mapping is this annotation's, not web.xml's: GlassFish 7 reads an empty {@code <url-pattern>} in web.xml as
 * none at all, so there web.xml's security constraint on the root does not hold either. That is why this servlet asks
 * for the sign-in itself (and because a forward is not checked against the security constraints).
 */
@WebServlet(name = "home page at the root", urlPatterns = "")
public class HomePageAtRoot extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String HOME = "/index.xhtml";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        // authenticate() sends the sign-in page when there is no signed-in user.
        if (request.getUserPrincipal() != null || request.authenticate(response)) {
            request.getRequestDispatcher(HOME).forward(request, response);
        }
    }
}
