package dev.grantry.web.oauth;

import static dev.grantry.web.JsonFactory.JSON;

import dev.grantry.service.grant.TokenParameters;
import dev.grantry.service.grant.TokenService;
import dev.grantry.service.token.IssuedTokens;
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
import java.util.Set;

/**
 * The token endpoint (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-3.2">§3.2</a>) at
 * {@code /oauth/token} and, identically, at Gitea's {@code /login/oauth/access_token}. It reads the raw body itself
 * (form or JSON, see {@link RequestBodies}) so that no input becomes a server error, and answers RFC 6749 §5.1
 * JSON that is never cached, with an {@code id_token} when the grant signs a user in (OpenID Connect Core 1.0
 * §3.1.3.3).
 */
@Path("/{endpoint: oauth/token|login/oauth/access_token}")
@NoStore
@ApplicationScoped
public class TokenEndpoint {

    /** The paths (relative, as JAX-RS reports them) whose errors are OAuth JSON errors. */
    static final Set<String> PATHS = Set.of("oauth/token", "login/oauth/access_token");

    @Inject
    TokenService tokenService;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response token(
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            InputStream body) {
        IssuedTokens tokens =
                tokenService.token(authorization, new TokenParameters(RequestBodies.parameters(contentType, body)));
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("access_token", tokens.accessToken())
                .add("token_type", tokens.tokenType())
                .add("expires_in", tokens.expiresIn());
        if (tokens.refreshToken() != null) {
            json.add("refresh_token", tokens.refreshToken());
        }
        if (!tokens.scope().isEmpty()) {
            json.add("scope", tokens.scope());
        }
        if (tokens.idToken() != null) {
            json.add("id_token", tokens.idToken());
        }
        return Response.ok(json.build().toString(), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
