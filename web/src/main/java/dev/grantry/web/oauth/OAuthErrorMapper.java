package dev.grantry.web.oauth;

import dev.grantry.service.error.OAuthException;
import jakarta.json.Json;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The one place that writes an OAuth error: RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.2">
 * §5.2</a> JSON with {@code Cache-Control: no-store}, and {@code WWW-Authenticate: Basic} when a client failed
 * HTTP Basic authentication.
 */
@Provider
public class OAuthErrorMapper implements ExceptionMapper<OAuthException> {

    @Override
    public Response toResponse(OAuthException exception) {
        var body = Json.createObjectBuilder().add("error", exception.error().code());
        if (exception.description() != null) {
            body.add("error_description", exception.description());
        }
        Response.ResponseBuilder response = Response.status(exception.error().httpStatus())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache")
                .entity(body.build().toString());
        if (exception.basicChallenge()) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"grantry\"");
        }
        return response.build();
    }
}
