package dev.grantry.service.token;

import java.time.Instant;

/**
 * What introspection tells about a token (RFC 7662 <a href="https://www.rfc-editor.org/rfc/rfc7662#section-2.2">
 * §2.2</a>). An inactive token carries nothing else.
 *
 * @param tokenType {@code Bearer} for an access token, {@code refresh_token} for a refresh token
 * @param username {@code null} when the client acts for itself
 */
public record Introspection(
        boolean active,
        String scope,
        String clientId,
        String username,
        String subject,
        String audience,
        String issuer,
        Instant expiresAt,
        Instant issuedAt,
        String jti,
        String tokenType) {

    static final Introspection INACTIVE =
            new Introspection(false, null, null, null, null, null, null, null, null, null, null);
}
