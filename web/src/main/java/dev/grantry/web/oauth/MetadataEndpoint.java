package dev.grantry.web.oauth;

import static dev.grantry.web.JsonFactory.JSON;

import dev.grantry.service.metadata.ServerMetadata;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The authorization server metadata (RFC 8414 <a href="https://www.rfc-editor.org/rfc/rfc8414#section-3">§3</a>)
 * at {@code /.well-known/oauth-authorization-server}, and the same document as the OpenID Provider configuration
 * (OpenID Connect Discovery 1.0
 * <a href="https://openid.net/specs/openid-connect-discovery-1_0.html#ProviderConfig">§4</a>) at
 * {@code /.well-known/openid-configuration}.
 */
@Path("/.well-known/{document: oauth-authorization-server|openid-configuration}")
public class MetadataEndpoint {

    @Inject
    ServerMetadata metadata;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response metadata() {
        return Response.ok(JSON.createObjectBuilder(metadata.document()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .build();
    }
}
