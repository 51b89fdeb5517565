package dev.grantry.web.security;

import dev.grantry.service.user.SignedInSessions;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;

/**
 * Ends a signed-in session whose user was disabled meanwhile, on whichever node it lives: every request of a
 * signed-in session asks {@link SignedInSessions} (the database) whether the session generation it started in is
 * still the user's. A session that may not go on is invalidated and the request sent again, now signed out, so a
 * page asks for sign-in. Mapped in {@code web.xml} before the protocol endpoints and the pages.
 */
public class SignedInSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The session attribute holding the generation the session signed in under. */
    static final String GENERATION = SignedInSessionFilter.class.getName() + ".generation";

    @Inject
    transient SignedInSessions sessions;

    @Inject
    transient Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal user = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (user != null && session != null && !mayGoOn(user.getName(), session)) {
            request.logout();
            session.invalidate();
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getRequestURI() + (query == null ? "" : "?" + query));
            response.setHeader("Cache-Control", "no-store");
            return;
        }
        chain.doFilter(request, response);
        stampSignIn(request);
    }

    /** Stamps a session that has just signed in with the user's current generation and its {@link SignInTime}. */
    private void stampSignIn(HttpServletRequest request) {
        Principal user = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (user != null && session != null && session.getAttribute(GENERATION) == null) {
            sessions.currentGeneration(user.getName()).ifPresent(generation -> stamp(session, generation));
        }
    }

    private boolean mayGoOn(String username, HttpSession session) {
        if (session.getAttribute(GENERATION) instanceof Integer generation) {
            return sessions.isValid(username, generation);
        }
        // Signed in without a stamp (the sign-in's own response went elsewhere): stamp it now if the user may.
        var current = sessions.currentGeneration(username);
        current.ifPresent(generation -> stamp(session, generation));
        return current.isPresent();
    }

    private void stamp(HttpSession session, int generation) {
        session.setAttribute(GENERATION, generation);
        SignInTime.stamp(session, clock.instant());
    }
}
