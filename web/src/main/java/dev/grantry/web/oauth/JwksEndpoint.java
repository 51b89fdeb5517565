package dev.grantry.web.oauth;

import dev.grantry.service.key.SigningKeys;
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
 * The JWK Set (RFC 7517 <a href="https://www.rfc-editor.org/rfc/rfc7517#section-5">§5</a>) of the active and
 * previous token signing keys, so resource servers verify tokens signed before a rotation until they expire; also at
 * Gitea's {@code /login/oauth/keys}.
 */
@Path("{alias: oauth/jwks|login/oauth/keys}")
@ApplicationScoped
public class JwksEndpoint {

    static final String JWK_SET = "application/jwk-set+json";

    @Inject
    SigningKeys signingKeys;

    /** The document of the key set this node last read; made again when a re-read gives another set. */
    private volatile PublishedDocument document;

    @GET
    @Produces({JWK_SET, MediaType.APPLICATION_JSON})
    public Response jwks(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String jwks = signingKeys.jwksJson();
        PublishedDocument current = document;
        if (current == null || !current.isOf(jwks)) {
            current = new PublishedDocument(jwks);
            document = current;
        }
        return current.answer(ifNoneMatch);
    }
}
