package dev.grantry.service.token;

/**
 * The tokens {@link TokenIssuer} just minted, as a successful token response carries them (RFC 6749
 * <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.1">§5.1</a>); every grant answers with these.
 *
 * @param tokenType always {@code Bearer} (RFC 6750)
 * @param expiresIn the access token's lifetime in seconds
 * @param refreshToken {@code null} when none was issued
 * @param scope the granted scopes, space separated
 */
public record IssuedTokens(String accessToken, String tokenType, long expiresIn, String refreshToken, String scope) {}
