package dev.grantry.service.error;

import jakarta.ejb.ApplicationException;

/**
 * A request that OAuth answers with an error. Thrown by services; written to the client by the web layer's one
 * mapper as {@code {"error": …, "error_description": …}}. Rolls back the transaction, so nothing is half done.
 */
@ApplicationException(rollback = true)
public class OAuthException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final OAuthError error;
    private final boolean basicChallenge;

    public OAuthException(OAuthError error, String description) {
        this(error, description, false);
    }

    private OAuthException(OAuthError error, String description, boolean basicChallenge) {
        super(description, null, false, false);
        this.error = error;
        this.basicChallenge = basicChallenge;
    }

    /**
     * {@code invalid_client} for a client that tried HTTP Basic: answered 401 with {@code WWW-Authenticate: Basic}
     * (RFC 6749 §5.2).
     */
    public static OAuthException invalidBasicClient(String description) {
        return new OAuthException(OAuthError.INVALID_CLIENT, description, true);
    }

    /** {@code invalid_request} for a request without the parameter {@code name} (RFC 6749 §5.2). */
    public static OAuthException missingParameter(String name) {
        return new OAuthException(OAuthError.INVALID_REQUEST, "The " + name + " parameter is missing.");
    }

    /** {@code access_denied} (401) for wrong or missing user credentials, challenging HTTP Basic. */
    public static OAuthException ownerUnauthenticated(String description) {
        return new OAuthException(OAuthError.OWNER_UNAUTHENTICATED, description, true);
    }

    public OAuthError error() {
        return error;
    }

    /** The {@code error_description}: readable by a developer, never carrying a secret. */
    public String description() {
        return getMessage();
    }

    /** Whether the answer must carry {@code WWW-Authenticate: Basic}. */
    public boolean basicChallenge() {
        return basicChallenge;
    }
}
