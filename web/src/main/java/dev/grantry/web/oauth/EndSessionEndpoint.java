package dev.grantry.web.oauth;

import dev.grantry.service.error.OAuthException;
import dev.grantry.service.oidc.EndSessionRequest;
import dev.grantry.service.oidc.EndSessionService;
import dev.grantry.web.address.PublicAddress;
import dev.grantry.web.security.SessionEnd;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The end-session endpoint of OpenID Connect RP-Initiated Logout 1.0
 * <a href="https://openid.net/specs/openid-connect-rpinitiated-1_0.html#RPLogout">§2</a> at {@code /oauth/logout},
 * GET or form POST: signs the browser out of Grantry and sends it to the application's registered
 * {@code post_logout_redirect_uri} with {@code state}, or to the sign-in page saying "signed out". A request that
 * cannot be trusted (a foreign {@code id_token_hint}, an unregistered redirect) gets an error page and signs nobody
 * out.
 */
@Path("oauth/logout")
@NoStore
public class EndSessionEndpoint {

    @Inject
    EndSessionService endSession;

    @Inject
    PublicAddress publicAddress;

    @Context
    UriInfo uriInfo;

    @Context
    HttpServletRequest request;

    @GET
    public Response get() throws ServletException {
        return endSession(uriInfo.getQueryParameters()::getFirst);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response post(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body)
            throws ServletException {
        Map<String, String> parameters = RequestBodies.parameters(contentType, body);
        return endSession(parameters::get);
    }

    private Response endSession(UnaryOperator<String> parameters) throws ServletException {
        Principal user = request.getUserPrincipal();
        try {
            String target = endSession
                    .end(
                            new EndSessionRequest(
                                    nonEmpty(parameters.apply("id_token_hint")),
                                    nonEmpty(parameters.apply("client_id")),
                                    nonEmpty(parameters.apply("post_logout_redirect_uri")),
                                    nonEmpty(parameters.apply("state"))),
                            user == null ? null : user.getName())
                    .orElseGet(() -> publicAddress.of("/login?signedOut=true"));
            SessionEnd.now(request);
            return Response.seeOther(URI.create(target)).build();
        } catch (OAuthException e) {
            return AuthorizationErrorPage.response(request.getContextPath(), e.description());
        }
    }

    private static String nonEmpty(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
