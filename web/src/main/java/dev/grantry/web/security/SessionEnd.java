package dev.grantry.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Signs a browser out from a protocol endpoint (OpenID Connect's {@code prompt=login}, RP-initiated logout): the
 * signed-in user is forgotten and the session ended, so that a later sign-in starts a new session with a new id.
 */
public final class SessionEnd {

    private SessionEnd() {}

    /** Signs out whoever {@code request}'s session holds and invalidates it, if there is one. */
    public static void now(HttpServletRequest request) throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
