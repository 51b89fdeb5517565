package dev.grantry.web.oauth;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort for an endpoint's unforeseen failure (a bug, a database outage): logged here with its stack trace,
 * answered as RFC 6749 {@code server_error} JSON — never a stack trace or a server error page to the client.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    private final OAuthErrorMapper writer = new OAuthErrorMapper();

    @Override
    public Response toResponse(RuntimeException exception) {
        if (exception instanceof WebApplicationException web) {
            return web.getResponse();
        }
        LOG.log(Level.SEVERE, "Unexpected failure of a protocol endpoint", exception);
        return writer.toResponse(new OAuthException(OAuthError.SERVER_ERROR, "The server failed; try again later."));
    }
}
