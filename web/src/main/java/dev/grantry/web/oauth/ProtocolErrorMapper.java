package dev.grantry.web.oauth;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Turns JAX-RS's own client errors on the token endpoint (a wrong method, an unacceptable media type…) into
 * {@code invalid_request} (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.2">§5.2</a>),
 * written by {@link OAuthErrorMapper}. Elsewhere the error is answered as JAX-RS would, and a path that nothing
 * answers by the server's error page ({@code error.xhtml}, "There is no such page."): Jersey (Payara, GlassFish) asks
 * the servlet container for it by itself, RESTEasy (WildFly) would send an empty body. Other refusals keep their
 * headers (a bearer token's {@code WWW-Authenticate}), which asking for the error page here would drop.
 */
@Provider
public class ProtocolErrorMapper implements ExceptionMapper<ClientErrorException> {

    /** Revocation and introspection answer like the token endpoint (RFC 7009 §2.2.1, RFC 7662 §2.3). */
    private static final Set<String> CLIENT_AUTHENTICATED_PATHS = Set.of("oauth/revoke", "oauth/introspect");

    private final OAuthErrorMapper writer = new OAuthErrorMapper();

    @Context
    UriInfo uriInfo;

    @Context
    HttpServletResponse servletResponse;

    @Override
    public Response toResponse(ClientErrorException exception) {
        String path = uriInfo.getPath(false);
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (!TokenEndpoint.PATHS.contains(relative) && !CLIENT_AUTHENTICATED_PATHS.contains(relative)) {
            if (exception instanceof NotFoundException
                    && !exception.getResponse().hasEntity()) {
                showErrorPage(exception.getResponse().getStatus());
            }
            return exception.getResponse();
        }
        return writer.toResponse(new OAuthException(
                OAuthError.INVALID_REQUEST,
                "The request is not a token request (HTTP "
                        + exception.getResponse().getStatus() + ")."));
    }

    private void showErrorPage(int status) {
        try {
            servletResponse.sendError(status);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
