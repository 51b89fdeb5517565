package dev.grantry.web.oauth;

import static dev.grantry.web.JsonFactory.JSON;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one place that writes an OAuth error: RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.2">
 * §5.2</a> JSON with {@code Cache-Control: no-store}, and {@code WWW-Authenticate: Basic} when a client failed
 * HTTP Basic authentication, or {@code WWW-Authenticate: Bearer} with the error for a bearer token that was refused
 * (RFC 6750 <a href="https://www.rfc-editor.org/rfc/rfc6750#section-3">§3</a>).
 */
@Provider
public class OAuthErrorMapper implements ExceptionMapper<OAuthException> {

    /** Errors of a bearer-token request, answered with a Bearer challenge (RFC 6750 §3). */
    private static final Set<OAuthError> BEARER_ERRORS =
            EnumSet.of(OAuthError.INVALID_TOKEN, OAuthError.INSUFFICIENT_SCOPE);

    @Override
    public Response toResponse(OAuthException exception) {
        var body = JSON.createObjectBuilder().add("error", exception.error().code());
        if (exception.description() != null) {
            body.add("error_description", exception.description());
        }
        Response.ResponseBuilder response = Response.status(exception.error().httpStatus())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache")
                .entity(body.build().toString());
        exception
                .retryAfter()
                .ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER, Math.max(1, wait.toSeconds())));
        if (exception.basicChallenge()) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"grantry\"");
        } else if (BEARER_ERRORS.contains(exception.error())) {
            response.header(
                    HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer realm=\"grantry\", error=\"" + exception.error().code() + "\"");
        }
        return response.build();
    }
}
