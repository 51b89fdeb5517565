package dev.grantry.service.authorize;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * A validated authorization request (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.1">
 * §4.1.1</a>) not yet stored: an anonymous visitor's request waits in their HTTP session, so that nobody can fill
 * the database without signing in; {@link AuthorizationService#open} stores it once a user has signed in.
 *
 * @param id random, unguessable; the stored request keeps it, so the consent page's address stays the same
 * @param redirectUri the redirect URI as sent, {@code null} when omitted
 * @param effectiveRedirectUri where the answer goes: the one sent, or the only one registered
 * @param codeChallengeMethod {@code S256} or {@code plain} when a challenge was sent, else {@code null}
 * @param openId the OpenID Connect parameters
 */
public record PendingRequest(
        String id,
        String clientId,
        String redirectUri,
        String effectiveRedirectUri,
        Set<String> scopes,
        String state,
        String codeChallenge,
        String codeChallengeMethod,
        Instant createdAt,
        OpenIdParameters openId)
        implements Serializable {

    public PendingRequest {
        scopes = Set.copyOf(scopes);
    }
}
