package dev.grantry.web.oauth;

import dev.grantry.service.authorize.AuthorizationRequestException;
import dev.grantry.service.authorize.AuthorizationService;
import dev.grantry.service.authorize.PendingRequest;
import dev.grantry.web.address.PublicAddress;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.security.Principal;
import java.util.Optional;

/**
 * The authorization endpoint (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-3.1">§3.1</a>),
 * also at Gitea's {@code /login/oauth/authorize} and Gancio's {@code /authorize}. A valid request waits on the
 * consent page (which makes the user sign in first; an anonymous visitor's request waits in their session, see
 * {@link WaitingRequests}), unless the user already granted it; a request whose client or redirect URI cannot be
 * trusted gets an error page, never a redirect (§4.1.2.1). The consent page's address is the issuer's, whatever
 * {@code Host} the request named.
 */
@Path("{alias: oauth/authorize|login/oauth/authorize|authorize}")
@NoStore
public class AuthorizationEndpoint {

    @Inject
    AuthorizationService authorizations;

    @Inject
    PublicAddress publicAddress;

    @Context
    UriInfo uriInfo;

    @Context
    HttpServletRequest request;

    @GET
    public Response authorize() {
        try {
            PendingRequest pending = authorizations.begin(uriInfo.getQueryParameters());
            Principal user = request.getUserPrincipal();
            Optional<String> answer = Optional.empty();
            if (user == null) {
                WaitingRequests.keep(request.getSession(true), pending);
            } else {
                answer = authorizations.approveIfRemembered(
                        authorizations.open(pending, user.getName()), user.getName());
            }
            return seeOther(answer.orElse(publicAddress.of("/consent?request=" + pending.id())));
        } catch (AuthorizationRequestException e) {
            if (e.isRedirectable()) {
                return seeOther(authorizations.errorRedirect(e.redirectUri(), e.error(), e.description(), e.state()));
            }
            return Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(AuthorizationErrorPage.render(request.getContextPath(), e.description()))
                    .build();
        }
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
