package dev.grantry.web.security;

import jakarta.servlet.http.HttpSession;
import java.time.Instant;

/**
 * When a session signed in: the OpenID Connect {@code auth_time} of the ID tokens its authorizations give (Core 1.0
 * <a href="https://openid.net/specs/openid-connect-core-1_0.html#IDToken">§2</a>), and what {@code max_age} is
 * measured against. {@link SignedInSessionFilter} stamps it when it stamps the session generation.
 */
public final class SignInTime {

    static final String ATTRIBUTE = SignInTime.class.getName();

    private SignInTime() {}

    /** Stamps {@code session} as signed in at {@code now}, unless it already is. */
    static void stamp(HttpSession session, Instant now) {
        if (session.getAttribute(ATTRIBUTE) == null) {
            session.setAttribute(ATTRIBUTE, now);
        }
    }

    /** When {@code session} signed in; {@code null} when there is no session or it has no stamp. */
    public static Instant of(HttpSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof Instant at ? at : null;
    }
}
