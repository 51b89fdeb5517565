package dev.grantry.web.oauth;

import jakarta.servlet.http.HttpSession;

/**
 * The OpenID Connect {@code login_hint} (Core 1.0
 * <a href="https://openid.net/specs/openid-connect-core-1_0.html#AuthRequest">§3.1.2.1</a>) of the latest
 * authorization request that waits for the visitor to sign in, kept in their session for the sign-in page, which
 * prefills the username with it. Only a hint: it decides nothing.
 */
public final class LoginHint {

    private static final String ATTRIBUTE = LoginHint.class.getName();

    private LoginHint() {}

    /** Keeps {@code hint} (or forgets the previous one when {@code null}). */
    public static void keep(HttpSession session, String hint) {
        if (hint == null) {
            session.removeAttribute(ATTRIBUTE);
        } else {
            session.setAttribute(ATTRIBUTE, hint);
        }
    }

    /** The hint kept in {@code session}, or {@code null}. */
    public static String of(HttpSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof String hint ? hint : null;
    }
}
