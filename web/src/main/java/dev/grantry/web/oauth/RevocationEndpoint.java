package dev.grantry.web.oauth;

import dev.grantry.service.client.ClientCredentials;
import dev.grantry.service.token.RevocationService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;

/**
 * Token revocation, RFC 7009 <a href="https://www.rfc-editor.org/rfc/rfc7009#section-2">§2</a>: 200 whenever the
 * client authenticates, whether or not the token was known.
 */
@Path("/oauth/revoke")
@NoStore
public class RevocationEndpoint {

    @Inject
    RevocationService revocation;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response revoke(
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            InputStream body) {
        Map<String, String> parameters = RequestBodies.parameters(contentType, body);
        revocation.revoke(ClientCredentials.of(authorization, parameters), parameters.get("token"));
        return Response.ok().build();
    }
}
