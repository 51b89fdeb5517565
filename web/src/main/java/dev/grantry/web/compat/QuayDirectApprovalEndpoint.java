package dev.grantry.web.compat;

import dev.grantry.service.direct.DirectApprovalService;
import dev.grantry.web.oauth.NoStore;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Quay's direct OAuth approval, {@code POST /oauth/authorizeapp}: form fields {@code client_id}, {@code redirect_uri},
 * {@code scope}, the user's credentials as HTTP Basic; answered with a 302 to the redirect URI carrying the token in
 * its fragment, as Quay documents it.
 */
@Path("/oauth/authorizeapp")
@NoStore
public class QuayDirectApprovalEndpoint {

    @Inject
    DirectApprovalService directApproval;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @FormParam("client_id") String clientId,
            @FormParam("redirect_uri") String redirectUri,
            @FormParam("scope") String scope,
            @Context HttpServletRequest request) {
        return Response.status(Response.Status.FOUND)
                .location(URI.create(
                        directApproval.approve(authorization, clientId, redirectUri, scope, request.getRemoteAddr())))
                .build();
    }
}
