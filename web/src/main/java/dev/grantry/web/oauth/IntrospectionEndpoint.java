package dev.grantry.web.oauth;

import static dev.grantry.web.JsonFactory.JSON;

import dev.grantry.service.client.ClientCredentials;
import dev.grantry.service.token.Introspection;
import dev.grantry.service.token.IntrospectionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;

/**
 * Token introspection, RFC 7662 <a href="https://www.rfc-editor.org/rfc/rfc7662#section-2">§2</a>: the caller is a
 * confidential client (Basic or {@code client_secret_post}) or a resource server with a bearer token.
 */
@Path("/oauth/introspect")
@NoStore
@ApplicationScoped
public class IntrospectionEndpoint {

    @Inject
    IntrospectionService introspection;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response introspect(
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            InputStream body) {
        String bearer = BearerCredentials.token(authorization);
        Map<String, String> parameters = RequestBodies.parameters(contentType, body);
        Introspection result = introspection.introspect(
                bearer,
                ClientCredentials.of(bearer == null ? authorization : null, parameters),
                parameters.get("token"));
        return Response.ok(json(result).build().toString(), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    private static JsonObjectBuilder json(Introspection result) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("active", result.active());
        if (!result.active()) {
            return json;
        }
        json.add("scope", result.scope())
                .add("client_id", result.clientId())
                .add("sub", result.subject())
                .add("iss", result.issuer())
                .add("exp", seconds(result.expiresAt()))
                .add("iat", seconds(result.issuedAt()))
                .add("jti", result.jti())
                .add("token_type", result.tokenType());
        if (result.username() != null) {
            json.add("username", result.username());
        }
        if (result.audience() != null) {
            json.add("aud", result.audience());
        }
        return json;
    }

    private static long seconds(Instant instant) {
        return instant.getEpochSecond();
    }
}
