package dev.grantry.web.oauth;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Turns JAX-RS's own client errors on the token endpoint (a wrong method, an unacceptable media type…) into
 * {@code invalid_request} (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.2">§5.2</a>),
 * written by {@link OAuthErrorMapper}. Elsewhere the error is answered as JAX-RS would.
 */
@Provider
public class ProtocolErrorMapper implements ExceptionMapper<ClientErrorException> {

    /** Revocation and introspection answer like the token endpoint (RFC 7009 §2.2.1, RFC 7662 §2.3). */
    private static final Set<String> CLIENT_AUTHENTICATED_PATHS = Set.of("oauth/revoke", "oauth/introspect");

    private final OAuthErrorMapper writer = new OAuthErrorMapper();

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ClientErrorException exception) {
        String path = uriInfo.getPath(false);
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (!TokenEndpoint.PATHS.contains(relative) && !CLIENT_AUTHENTICATED_PATHS.contains(relative)) {
            return exception.getResponse();
        }
        return writer.toResponse(new OAuthException(
                OAuthError.INVALID_REQUEST,
                "The request is not a token request (HTTP "
                        + exception.getResponse().getStatus() + ")."));
    }
}
