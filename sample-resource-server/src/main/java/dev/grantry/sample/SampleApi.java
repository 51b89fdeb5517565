package dev.grantry.sample;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * Every request must carry a Grantry access token; MicroProfile JWT checks its signature, issuer and expiry. The
 * token's {@code groups} claim holds its granted scopes, so each scope is a role: the declared roles are the scopes
 * this service checks with {@code @RolesAllowed}.
 */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT", realmName = "grantry")
@DeclareRoles(RepositoriesResource.REPO_READ)
public class SampleApi extends Application {}
