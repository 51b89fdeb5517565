package dev.grantry.web.registry;

import static dev.grantry.web.JsonFactory.JSON;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.registry.RegistryToken;
import dev.grantry.service.registry.RegistryTokenService;
import dev.grantry.web.oauth.NoStore;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The realm of registries that use Grantry as their token service (Docker Registry v2 token specification):
 * {@code GET /v2/auth?service=…&scope=…} with HTTP Basic credentials or none, and the OAuth2 form
 * {@code POST /v2/auth} with {@code grant_type=password} or {@code refresh_token}. Errors are OAuth JSON: 400 for an unknown service or a
 * malformed scope, 401 with {@code WWW-Authenticate: Basic} for credentials that do not hold.
 */
@Path("/v2/auth")
@NoStore
public class RegistryTokenEndpoint {

    @Inject
    RegistryTokenService tokens;

    /** The token request ("Requesting a Token"); {@code account} is informative only and not read. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String token(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("service") String service,
            @QueryParam("scope") List<String> scopes,
            @Context HttpServletRequest request) {
        RegistryToken token = tokens.issue(authorization, service, scopes, request.getRemoteAddr());
        return JSON.createObjectBuilder()
                .add("token", token.token())
                .add("access_token", token.token())
                .add("expires_in", token.expiresIn())
                .add("issued_at", DateTimeFormatter.ISO_INSTANT.format(token.issuedAt()))
                .build()
                .toString();
    }

    /**
     * The OAuth2 form ("Requesting a Token using OAuth2"): {@code grant_type=password} (with
     * {@code access_type=offline} also a refresh token, the identity token {@code docker login} keeps) or
     * {@code grant_type=refresh_token}; its {@code scope} holds the scopes separated by spaces.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public String oauth2Token(
            @FormParam("grant_type") String grantType,
            @FormParam("service") String service,
            @FormParam("scope") String scope,
            @FormParam("client_id") String clientId,
            @FormParam("access_type") String accessType,
            @FormParam("username") String username,
            @FormParam("password") String password,
            @FormParam("refresh_token") String refreshToken,
            @Context HttpServletRequest request) {
        List<String> scopes = scope == null ? List.of() : List.of(scope);
        RegistryToken token;
        if ("password".equals(grantType)) {
            token = tokens.issueForPassword(
                    username,
                    password,
                    service,
                    scopes,
                    request.getRemoteAddr(),
                    "offline".equals(accessType),
                    clientId);
        } else if ("refresh_token".equals(grantType)) {
            token = tokens.refresh(refreshToken, clientId, service, scopes);
        } else {
            throw new OAuthException(
                    OAuthError.UNSUPPORTED_GRANT_TYPE,
                    "Ask for a registry token with grant_type=password or grant_type=refresh_token.");
        }
        JsonObjectBuilder answer = JSON.createObjectBuilder()
                .add("access_token", token.token())
                .add("scope", scope == null ? "" : scope)
                .add("expires_in", token.expiresIn())
                .add("issued_at", DateTimeFormatter.ISO_INSTANT.format(token.issuedAt()));
        if (token.refreshToken() != null) {
            answer.add("refresh_token", token.refreshToken());
        }
        return answer.build().toString();
    }
}
