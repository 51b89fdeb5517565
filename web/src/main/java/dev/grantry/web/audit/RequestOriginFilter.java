package dev.grantry.web.audit;

import dev.grantry.service.audit.RequestOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Tells the {@link RequestOrigin} of every request (the client's address and {@code User-Agent}) before any endpoint
 * or page calls a service, so that every audit event says where it came from. Mapped in {@code web.xml} before the
 * protocol endpoints, which end the filter chain.
 */
public class RequestOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.set(request.getRemoteAddr(), request.getHeader("User-Agent"));
        chain.doFilter(request, response);
    }
}
