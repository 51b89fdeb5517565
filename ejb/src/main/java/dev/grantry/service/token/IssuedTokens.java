package dev.grantry.service.token;

/**
 * The tokens {@link TokenIssuer} just minted, as a successful token response carries them (RFC 6749
 * <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.1">§5.1</a>, OpenID Connect Core 1.0
 * <a href="https://openid.net/specs/openid-connect-core-1_0.html#TokenResponse">§3.1.3.3</a>); every grant answers
 * with these.
 *
 * @param tokenType always {@code Bearer} (RFC 6750)
 * @param expiresIn the access token's lifetime in seconds
 * @param refreshToken {@code null} when none was issued
 * @param scope the granted scopes, space separated
 * @param idToken the ID token when the grant signs a user in with {@code openid}, else {@code null}
 */
public record IssuedTokens(
        String accessToken, String tokenType, long expiresIn, String refreshToken, String scope, String idToken) {

    /** Tokens without an ID token. */
    public IssuedTokens(String accessToken, String tokenType, long expiresIn, String refreshToken, String scope) {
        this(accessToken, tokenType, expiresIn, refreshToken, scope, null);
    }

    /** These tokens with {@code idToken} beside them. */
    IssuedTokens withIdToken(String idToken) {
        return new IssuedTokens(accessToken, tokenType, expiresIn, refreshToken, scope, idToken);
    }
}
