package dev.grantry.sample;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What a protected API of your own looks like: one annotation names the scope a caller's token must grant, and the
 * verified token tells who is calling. No token or an invalid one is answered 401 by MicroProfile JWT, a valid token
 * without the scope 403, before this code runs.
 */
@Path("/repositories")
@RequestScoped
public class RepositoriesResource {

    /** The scope (and so the role) that reading repositories needs. */
    static final String REPO_READ = "repo:read";

    @Inject
    JsonWebToken token;

    /** The caller (the token's {@code upn}, its {@code sub}), the scopes it was granted, and some repositories. */
    @GET
    @RolesAllowed(REPO_READ)
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject list() {
        return Json.createObjectBuilder()
                .add("caller", token.getName())
                .add("subject", token.getSubject())
                .add("scope", token.<String>getClaim("scope"))
                .add(
                        "repositories",
                        Json.createArrayBuilder().add("grantry/grantry").add("grantry/sample"))
                .build();
    }
}
