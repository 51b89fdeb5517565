package dev.grantry.web.oauth;

import static dev.grantry.web.JsonFactory.JSON;

import dev.grantry.service.metadata.ServerMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
@ApplicationScoped
public class MetadataEndpoint {

    @Inject
    ServerMetadata metadata;

    /**
     * Made on the first request: the document depends only on the settings, the grant types and the scope names,
     * which change only with a new release (scopes come from migrations).
     */
    private volatile PublishedDocument document;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response metadata(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        PublishedDocument current = document;
        if (current == null) {
            current = new PublishedDocument(
                    JSON.createObjectBuilder(metadata.document()).build().toString());
            document = current;
        }
        return current.answer(ifNoneMatch);
    }
}
