package dev.grantry.service.error;

import jakarta.ejb.ApplicationException;
import java.time.Duration;
import java.util.Optional;

/**
 * A request that OAuth answers with an error. Thrown by services; written to the client by the web layer's one
 * mapper as {@code {"error": …, "error_description": …}}. Rolls back the transaction, so nothing is half done.
 */
@ApplicationException(rollback = true)
public class OAuthException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final OAuthError error;
    private final boolean basicChallenge;
    private final Duration retryAfter;

    public OAuthException(OAuthError error, String description) {
        this(error, description, false, null);
    }

    private OAuthException(OAuthError error, String description, boolean basicChallenge, Duration retryAfter) {
        super(description, null, false, false);
        this.error = error;
        this.basicChallenge = basicChallenge;
        this.retryAfter = retryAfter;
    }

    /** Too many requests from the client's address: answered 429 with {@code Retry-After} (RFC 6585 §4). */
    public static OAuthException rateLimited(String description, Duration retryAfter) {
        return new OAuthException(OAuthError.RATE_LIMITED, description, false, retryAfter);
    }

    /**
     * {@code invalid_client} for a client that tried HTTP Basic: answered 401 with {@code WWW-Authenticate: Basic}
     * (RFC 6749 §5.2).
     */
    public static OAuthException invalidBasicClient(String description) {
        return new OAuthException(OAuthError.INVALID_CLIENT, description, true, null);
    }

    /** {@code invalid_request} for a request without the parameter {@code name} (RFC 6749 §5.2). */
    public static OAuthException missingParameter(String name) {
        return new OAuthException(OAuthError.INVALID_REQUEST, "The " + name + " parameter is missing.");
    }

    /** {@code access_denied} (401) for wrong or missing user credentials, challenging HTTP Basic. */
    public static OAuthException ownerUnauthenticated(String description) {
        return new OAuthException(OAuthError.OWNER_UNAUTHENTICATED, description, true, null);
    }

    public OAuthError error() {
        return error;
    }

    /** The {@code error_description}: readable by a developer, never carrying a secret. */
    public String description() {
        return getMessage();
    }

    /** How long the client should wait before trying again, for {@code Retry-After}; empty when not limited. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Whether the answer must carry {@code WWW-Authenticate: Basic}. */
    public boolean basicChallenge() {
        return basicChallenge;
    }
}
