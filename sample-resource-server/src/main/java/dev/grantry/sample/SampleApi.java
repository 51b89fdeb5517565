package dev.grantry.sample;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/** Every request must carry a Grantry access token; MicroProfile JWT checks its signature, issuer and expiry. */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT", realmName = "grantry")
@DeclareRoles({"user", "admin"})
public class SampleApi extends Application {
}
