package dev.grantry.service.error;

/**
 * OAuth error codes with the HTTP status each is answered with: RFC 6749
 * <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.2">§5.2</a> (token endpoint) and
 * <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1">§4.1.2.1</a> (authorization endpoint),
 * RFC 6750 <a href="https://www.rfc-editor.org/rfc/rfc6750#section-3.1">§3.1</a> (bearer tokens) and
 * RFC 7591 <a href="https://www.rfc-editor.org/rfc/rfc7591#section-3.2.2">§3.2.2</a> (registration) and OpenID
 * Connect Core 1.0 <a href="https://openid.net/specs/openid-connect-core-1_0.html#AuthError">§3.1.2.6</a>
 * (authentication requests).
 */
public enum OAuthError {
    INVALID_REQUEST("invalid_request", 400),
    INVALID_CLIENT("invalid_client", 401),
    INVALID_GRANT("invalid_grant", 400),
    UNAUTHORIZED_CLIENT("unauthorized_client", 400),
    UNSUPPORTED_GRANT_TYPE("unsupported_grant_type", 400),
    INVALID_SCOPE("invalid_scope", 400),
    ACCESS_DENIED("access_denied", 403),
    /** The resource owner's own credentials (HTTP Basic, Quay's direct approval) were missing or wrong. */
    OWNER_UNAUTHENTICATED("access_denied", 401),
    UNSUPPORTED_RESPONSE_TYPE("unsupported_response_type", 400),
    SERVER_ERROR("server_error", 500),
    TEMPORARILY_UNAVAILABLE("temporarily_unavailable", 503),
    INVALID_TOKEN("invalid_token", 401),
    INSUFFICIENT_SCOPE("insufficient_scope", 403),
    INVALID_REDIRECT_URI("invalid_redirect_uri", 400),
    INVALID_CLIENT_METADATA("invalid_client_metadata", 400),
    /**
     * Too many requests from one client address: RFC 6749's {@code temporarily_unavailable}, answered 429 (RFC 6585
     * §4) with {@code Retry-After}.
     */
    RATE_LIMITED("temporarily_unavailable", 429),
    /** {@code prompt=none}, but the user is not signed in, or signed in longer ago than {@code max_age}. */
    LOGIN_REQUIRED("login_required", 400),
    /** {@code prompt=none}, but the user has not yet granted what the request asks for. */
    CONSENT_REQUIRED("consent_required", 400),
    /** The request sent a request object ({@code request}), which Grantry does not accept. */
    REQUEST_NOT_SUPPORTED("request_not_supported", 400),
    /** The request sent a {@code request_uri}, which Grantry does not accept. */
    REQUEST_URI_NOT_SUPPORTED("request_uri_not_supported", 400);

    private final String code;
    private final int httpStatus;

    OAuthError(String code, int httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    /** The {@code error} value as it appears on the wire. */
    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
