package dev.grantry.web.api;

import static dev.grantry.web.JsonFactory.JSON;

import dev.grantry.service.consent.AuthorizedApplication;
import dev.grantry.service.consent.AuthorizedApplicationService;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.token.AccessTokenVerifier;
import dev.grantry.service.user.UserView;
import dev.grantry.web.oauth.BearerCredentials;
import dev.grantry.web.oauth.NoStore;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/**
 * The signed-in user's API, protected by bearer tokens (RFC 6750
 * <a href="https://www.rfc-editor.org/rfc/rfc6750#section-3">§3</a>): {@code GET /api/v1/user} with {@code user:read};
 * the authorized applications (Quay's {@code /api/v1/user/authorizations}) with {@code user:admin}.
 */
@Path("/api/v1/user")
@Produces(MediaType.APPLICATION_JSON)
@NoStore
public class UserApi {

    static final String READ_SCOPE = "user:read";
    static final String ADMIN_SCOPE = "user:admin";

    @Inject
    AccessTokenVerifier verifier;

    @Inject
    AuthorizedApplicationService authorizedApplications;

    @GET
    public Response user(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        UserView user = owner(authorization, READ_SCOPE);
        JsonObjectBuilder json = JSON.createObjectBuilder().add("username", user.username());
        addIfPresent(json, "name", user.displayName());
        addIfPresent(json, "email", user.email());
        return Response.ok(json.build().toString()).build();
    }

    @GET
    @Path("authorizations")
    public Response authorizations(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        UserView user = owner(authorization, ADMIN_SCOPE);
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (AuthorizedApplication application : authorizedApplications.list(user.username())) {
            list.add(json(application));
        }
        return Response.ok(JSON.createObjectBuilder()
                        .add("authorizations", list)
                        .build()
                        .toString())
                .build();
    }

    @DELETE
    @Path("authorizations/{clientId}")
    public Response revoke(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("clientId") String clientId) {
        UserView user = owner(authorization, ADMIN_SCOPE);
        return authorizedApplications.revoke(user.username(), clientId)
                ? Response.noContent().build()
                : Response.status(Response.Status.NOT_FOUND).build();
    }

    /** The user the bearer token acts for; a request without a token is challenged without an error code. */
    private UserView owner(String authorization, String scope) {
        String token = BearerCredentials.token(authorization);
        if (token == null) {
            throw new NotAuthorizedException("Bearer realm=\"grantry\"");
        }
        return verifier.require(token, scope)
                .user()
                .orElseThrow(() -> new OAuthException(OAuthError.INVALID_TOKEN, "The access token acts for no user."));
    }

    private static JsonObjectBuilder json(AuthorizedApplication application) {
        JsonObjectBuilder app = JSON.createObjectBuilder()
                .add("client_id", application.clientId())
                .add("name", application.name());
        addIfPresent(app, "url", application.website());
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("application", app)
                .add("scopes", JSON.createArrayBuilder(application.scopes()));
        addIfPresent(json, "first_used", application.firstUsed());
        addIfPresent(json, "last_used", application.lastUsed());
        return json;
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, Object value) {
        if (value instanceof Instant instant) {
            json.add(name, instant.toString());
        } else if (value != null) {
            json.add(name, value.toString());
        }
    }
}
