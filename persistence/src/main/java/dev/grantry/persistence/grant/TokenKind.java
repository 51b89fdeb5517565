package dev.grantry.persistence.grant;

/** What an {@link IssuedToken} is: a JWT access token, or an opaque refresh token (RFC 6749 §1.4, §1.5). */
public enum TokenKind {
    ACCESS,
    REFRESH
}
