package dev.grantry.web.oauth;

import dev.grantry.service.key.SigningKeys;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
public class JwksEndpoint {

    static final String JWK_SET = "application/jwk-set+json";

    @Inject
    SigningKeys signingKeys;

    @GET
    @Produces({JWK_SET, MediaType.APPLICATION_JSON})
    public Response jwks() {
        return Response.ok(signingKeys.jwksJson())
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .build();
    }
}
