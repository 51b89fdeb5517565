package dev.grantry.service.key;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import dev.grantry.persistence.key.SigningKey;
import java.security.KeyPair;

/**
 * The signing keys as container registries see them (the Docker Registry v2 token specification, as CNCF
 * Distribution 2.8 verifies it): a registry token is signed by the active key with {@code typ JWT} and the key's
 * libtrust id as {@code kid} (see {@link RegistryCertificates} for the bundle registries trust). Registry tokens use the
 * same rotating keys as access tokens, so one rotation on {@code /admin/keys} rotates both.
 */
final class RegistryKeys {

    private RegistryKeys() {}

    /** The active key with the header registry tokens carry. */
    static ActiveKey activate(ActiveKey active, SigningKey key) {
        String kid =
                LibtrustKeyId.of(keyPair(KeyMaterial.parse(key.getPublicJwk())).getPublic());
        JWSHeader header = new JWSHeader.Builder(active.header().getAlgorithm())
                .type(JOSEObjectType.JWT)
                .keyID(kid)
                .build();
        return new ActiveKey(kid, header, active.signer());
    }

    static KeyPair keyPair(JWK jwk) {
        try {
            return ((AsymmetricJWK) jwk).toKeyPair();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot read the key " + jwk.getKeyID(), e);
        }
    }
}
