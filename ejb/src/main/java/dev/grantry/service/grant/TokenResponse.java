package dev.grantry.service.grant;

/**
 * A successful token response (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.1">§5.1</a>).
 *
 * @param refreshToken {@code null} when none was issued
 * @param scope the granted scopes, space separated
 */
public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken, String scope) {
}
