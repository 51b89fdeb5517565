package dev.grantry.service.authorize;

import dev.grantry.service.error.OAuthError;
import jakarta.ejb.ApplicationException;

/**
 * A refused authorization request. When the client or its redirect URI cannot be trusted the user sees an error
 * page and is never redirected (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1">
 * §4.1.2.1</a>); otherwise the error goes back to the client's redirect URI.
 */
@ApplicationException(rollback = true)
public class AuthorizationRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final OAuthError error;
    private final String redirectUri;
    private final String state;

    private AuthorizationRequestException(OAuthError error, String description, String redirectUri, String state) {
        super(description, null, false, false);
        this.error = error;
        this.redirectUri = redirectUri;
        this.state = state;
    }

    /** An error shown to the user only: the redirect URI is missing, unknown or the client is. */
    public static AuthorizationRequestException notRedirectable(String description) {
        return new AuthorizationRequestException(OAuthError.INVALID_REQUEST, description, null, null);
    }

    /** An error sent back to the client at {@code redirectUri}, a URI registered for it. */
    public static AuthorizationRequestException redirect(
            OAuthError error, String description, String redirectUri, String state) {
        return new AuthorizationRequestException(error, description, redirectUri, state);
    }

    public boolean isRedirectable() {
        return redirectUri != null;
    }

    public OAuthError error() {
        return error;
    }

    public String description() {
        return getMessage();
    }

    /** The redirect URI to send the error to, {@code null} when not redirectable. */
    public String redirectUri() {
        return redirectUri;
    }

    public String state() {
        return state;
    }
}
