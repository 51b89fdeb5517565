package dev.grantry.web.registry;

import dev.grantry.service.key.RegistryCertificates;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * The PEM bundle that registries configure as {@code auth.token.rootcertbundle}: a self-signed certificate for each
 * signing key whose registry tokens may still be live (see {@link RegistryCertificates}).
 */
@Path("/v2/auth/certs.pem")
public class RegistryCertificatesEndpoint {

    static final String PEM = "application/x-pem-file";

    @Inject
    RegistryCertificates certificates;

    @GET
    @Produces(PEM)
    public String certificates() {
        return certificates.pem();
    }
}
