package dev.grantry.service.key;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import dev.grantry.persistence.key.SigningKey;
import java.math.BigInteger;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The signing keys as container registries see them (the Docker Registry v2 token specification, as CNCF
 * Distribution 2.8 verifies it): a registry token is signed by the active key with {@code typ JWT} and the key's
 * libtrust id as {@code kid}, and each published key has a self-signed certificate in the PEM bundle that registries
 * trust. Registry tokens use the same rotating keys as access tokens, so one rotation on {@code /admin/keys} rotates
 * both, and a previous key's certificate stays in the bundle while the key is published.
 */
final class RegistryKeys {

    /** Lets a registry whose clock is behind accept a certificate made just now. */
    private static final Duration CLOCK_SKEW = Duration.ofHours(1);

    private static final Duration CERTIFICATE_LIFETIME = Duration.ofDays(3650);

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

    /** One PEM certificate per key, each signed by the key itself. */
    static String certificatesPem(List<SigningKey> keys, KeyEncryption encryption) {
        return keys.stream()
                .map(key -> SelfSignedCertificate.pem(SelfSignedCertificate.issue(
                        keyPair(KeyMaterial.parse(encryption.decrypt(key.getEncryptedPrivateJwk(), key.getKid()))),
                        "Grantry registry token key " + key.getKid(),
                        BigInteger.valueOf(key.getCreatedAt().toEpochMilli()),
                        key.getCreatedAt().minus(CLOCK_SKEW),
                        key.getCreatedAt().plus(CERTIFICATE_LIFETIME))))
                .collect(Collectors.joining());
    }

    private static KeyPair keyPair(JWK jwk) {
        try {
            return ((AsymmetricJWK) jwk).toKeyPair();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot read the key " + jwk.getKeyID(), e);
        }
    }
}
