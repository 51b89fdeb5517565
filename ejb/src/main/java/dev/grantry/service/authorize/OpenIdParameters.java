package dev.grantry.service.authorize;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * The OpenID Connect parameters of an authorization request (Core 1.0
 * <a href="https://openid.net/specs/openid-connect-core-1_0.html#AuthRequest">§3.1.2.1</a>) that Grantry acts on;
 * {@code ui_locales}, {@code display}, {@code claims_locales}, {@code acr_values} and {@code id_token_hint} are
 * accepted and ignored, as §3.1.2.1 allows.
 *
 * @param nonce echoed exactly in the ID token; {@code null} when not sent
 * @param promptNone {@code prompt=none}: answer without showing any page
 * @param promptLogin {@code prompt=login}: the user must sign in again
 * @param promptConsent {@code prompt=consent}: the consent page is shown even when consent is remembered
 * @param maxAge {@code max_age} in seconds; {@code null} when not sent
 * @param loginHint {@code login_hint}, prefilled as the username; {@code null} when not sent
 */
public record OpenIdParameters(
        String nonce, boolean promptNone, boolean promptLogin, boolean promptConsent, Long maxAge, String loginHint)
        implements Serializable {

    /** A request with none of them. */
    public static final OpenIdParameters NONE = new OpenIdParameters(null, false, false, false, null, null);

    /**
     * Whether a sign-in at {@code authTime} is too old for this request: {@code prompt=login}, or older than
     * {@code max_age} (§3.1.2.1), so that the user must sign in again.
     *
     * @param authTime when the session signed in; {@code null} when unknown, which {@code max_age} cannot accept
     */
    public boolean needsFreshSignIn(Instant authTime, Instant now) {
        if (promptLogin) {
            return true;
        }
        return maxAge != null
                && (authTime == null
                        || authTime.plus(Duration.ofSeconds(maxAge)).isBefore(now));
    }
}
