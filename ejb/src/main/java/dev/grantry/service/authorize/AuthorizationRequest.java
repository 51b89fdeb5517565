package dev.grantry.service.authorize;

import dev.grantry.persistence.client.Application;
import java.util.Set;

/**
 * An authorization request (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.1">§4.1.1</a>)
 * that passed every check; only {@link AuthorizationRequestValidator} makes one.
 *
 * @param redirectUri the redirect URI as sent, {@code null} when omitted
 * @param effectiveRedirectUri where the answer goes: the one sent, or the only one registered
 * @param codeChallengeMethod {@code S256} or {@code plain} when a challenge was sent, else {@code null}
 * @param openId the OpenID Connect parameters
 */
public record AuthorizationRequest(
        Application client,
        String redirectUri,
        String effectiveRedirectUri,
        Set<String> scopes,
        String state,
        String codeChallenge,
        String codeChallengeMethod,
        OpenIdParameters openId) {

    public AuthorizationRequest {
        scopes = Set.copyOf(scopes);
    }
}
