package dev.grantry.web.registry;

import dev.grantry.service.key.SigningKeys;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * The PEM bundle that registries configure as {@code auth.token.rootcertbundle}: a self-signed certificate for each
 * published signing key (the active one and the previous one, whose tokens may still be live).
 */
@Path("/v2/auth/certs.pem")
public class RegistryCertificatesEndpoint {

    static final String PEM = "application/x-pem-file";

    @Inject
    SigningKeys signingKeys;

    @GET
    @Produces(PEM)
    public String certificates() {
        return signingKeys.certificatesPem();
    }
}
