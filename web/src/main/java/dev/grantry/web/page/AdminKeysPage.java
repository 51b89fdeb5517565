package dev.grantry.web.page;

import dev.grantry.service.key.SigningKeyStore;
import dev.grantry.service.key.SigningKeyView;
import dev.grantry.service.key.SigningKeys;
import dev.grantry.service.secret.ServerSecrets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/**
 * Backs {@code admin/keys.xhtml}: administrators see the token signing keys and rotate them (RFC 7517 §5: the
 * previous key stays in the JWK Set, so tokens it signed remain verifiable until they expire).
 */
@Named
@RequestScoped
public class AdminKeysPage {

    @Inject
    SigningKeyStore store;

    @Inject
    SigningKeys signingKeys;

    @Inject
    ServerSecrets serverSecrets;

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    private List<SigningKeyView> keys;

    /** Every key, newest first. */
    public List<SigningKeyView> getKeys() {
        if (keys == null) {
            keys = store.all();
        }
        return keys;
    }

    /** Warnings about secrets kept in the database beside the keys they protect; empty when none is. */
    public List<String> getSecretWarnings() {
        return serverSecrets.keptInDatabase();
    }

    public void rotate() {
        signingKeys.rotate(securityContext.getCallerPrincipal().getName());
        keys = null;
        PageMessages.info(
                faces, "Rotated the signing keys: " + signingKeys.active().kid() + " signs new tokens.");
    }
}
