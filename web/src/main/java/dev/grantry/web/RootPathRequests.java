package dev.grantry.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;
import java.io.IOException;

/**
 * Presents a request for Jakarta REST, the default servlet ({@link GrantryApplication}), as if that servlet were
 * mapped to {@code /*}: servlet path {@code ""} and the whole path as path info. A default servlet gets the whole
 * path as its servlet path, and Jakarta REST implementations differ in how they read that: Jersey (Payara, GlassFish)
 * takes the servlet path as the application's base and matches nothing under it; RESTEasy (WildFly) reads the
 * request URI and is unaffected. Requests for Faces ({@code *.xhtml}) and the context root
 * ({@link dev.grantry.web.address.HomePageAtRoot}) pass unchanged.
 */
public class RootPathRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getHttpServletMapping().getMappingMatch() == MappingMatch.DEFAULT) {
            chain.doFilter(new AtRoot(request), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The request with its path below an empty servlet path. */
    private static final class AtRoot extends HttpServletRequestWrapper {

        AtRoot(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getServletPath() {
            return "";
        }

        @Override
        public String getPathInfo() {
            HttpServletRequest request = (HttpServletRequest) getRequest();
            return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        }
    }
}
