package dev.grantry.web.address;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The pages answer at addresses without {@code .xhtml} ({@code /login}, {@code /admin/users}: Faces' automatic
 * extensionless mapping); an old address ({@code /login.xhtml?x=1}) is moved permanently to the clean one
 * ({@code /login?x=1}), so that bookmarks keep working. Only reads are moved: a form posted to an old address would
 * lose its body in a redirect. Faces' resources ({@code /jakarta.faces.resource/…}) keep their addresses.
 */
public class CleanPageAddresses extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String EXTENSION = ".xhtml";
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    transient PublicAddress publicAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isRead(request) && path.endsWith(EXTENSION) && !path.startsWith(RESOURCES)) {
            String query = request.getQueryString();
            String clean = path.substring(0, path.length() - EXTENSION.length());
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", publicAddress.of(clean + (query == null ? "" : "?" + query)));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }
}
