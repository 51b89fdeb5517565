package dev.grantry.service.authorize;

import dev.grantry.persistence.authorize.AuthorizationCode;
import dev.grantry.persistence.client.Application;
import dev.grantry.service.client.RedirectUriPolicy;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import java.time.Instant;

/**
 * Whether an unused code may be exchanged by this request (RFC 6749
 * <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.3">§4.1.3</a>, RFC 7636
 * <a href="https://www.rfc-editor.org/rfc/rfc7636#section-4.6">§4.6</a>). Every refusal is {@code invalid_grant}.
 */
final class CodeRedemptionRules {

    static final String INVALID_CODE = "The code is invalid, expired, or was already used.";

    private CodeRedemptionRules() {}

    /**
     * @param redirectUri the token request's {@code redirect_uri}, or {@code null}
     * @param verifier the token request's {@code code_verifier}, or {@code null}
     * @throws OAuthException {@code invalid_grant} when the code may not be exchanged
     */
    static void check(AuthorizationCode code, Application client, String redirectUri, String verifier, Instant now) {
        if (!code.getApplication().getClientId().equals(client.getClientId())) {
            throw invalidGrant(INVALID_CODE);
        }
        if (!now.isBefore(code.getExpiresAt())) {
            throw invalidGrant(INVALID_CODE);
        }
        if (code.getRedirectUri() != null
                ? !code.getRedirectUri().equals(redirectUri)
                : redirectUri != null && !RedirectUriPolicy.matches(client.getRedirectUris(), redirectUri)) {
            throw invalidGrant("The redirect_uri differs from the authorization request's.");
        }
        if (code.getCodeChallenge() == null) {
            if (verifier != null) {
                throw invalidGrant("A code_verifier was sent, but the authorization request had no code_challenge.");
            }
        } else if (verifier == null) {
            throw invalidGrant("The code_verifier is missing (RFC 7636).");
        } else if (!Pkce.verify(code.getCodeChallengeMethod(), code.getCodeChallenge(), verifier)) {
            throw invalidGrant("The code_verifier does not match the code_challenge.");
        }
    }

    static OAuthException invalidGrant(String description) {
        return new OAuthException(OAuthError.INVALID_GRANT, description);
    }
}
