package dev.grantry.service.key;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;

/**
 * Generates signing key pairs as JWKs (RFC 7517) with the RFC 7638 thumbprint as key id, and makes signers of them:
 * RS256 with RSA 2048 (RFC 7518 §3.3) or ES256 with P-256 (RFC 7518 §3.4).
 */
final class KeyMaterial {

    private KeyMaterial() {}

    static JWK generate(String algorithm) {
        try {
            return switch (algorithm) {
                case "RS256" ->
                    new RSAKeyGenerator(2048)
                            .keyUse(KeyUse.SIGNATURE)
                            .algorithm(JWSAlgorithm.RS256)
                            .keyIDFromThumbprint(true)
                            .generate();
                case "ES256" ->
                    new ECKeyGenerator(Curve.P_256)
                            .keyUse(KeyUse.SIGNATURE)
                            .algorithm(JWSAlgorithm.ES256)
                            .keyIDFromThumbprint(true)
                            .generate();
                default -> throw new IllegalArgumentException("Unsupported signing algorithm " + algorithm);
            };
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a " + algorithm + " key", e);
        }
    }

    static JWK parse(String json) {
        try {
            return JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("A stored signing key is not a JWK", e);
        }
    }

    /** A verifier for the public {@code jwk}; thread-safe, so it is made once per key and reused. */
    static JWSVerifier verifier(JWK jwk) {
        try {
            if (jwk instanceof RSAKey rsa) {
                return new RSASSAVerifier(rsa);
            }
            if (jwk instanceof ECKey ec) {
                return new ECDSAVerifier(ec);
            }
            throw new IllegalStateException("Unsupported signing key type " + jwk.getKeyType());
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot verify with key " + jwk.getKeyID(), e);
        }
    }

    /** A signer for the private {@code jwk}; thread-safe, so it is made once per key and reused. */
    static JWSSigner signer(JWK jwk) {
        try {
            if (jwk instanceof RSAKey rsa) {
                return new RSASSASigner(rsa);
            }
            if (jwk instanceof ECKey ec) {
                return new ECDSASigner(ec);
            }
            throw new IllegalStateException("Unsupported signing key type " + jwk.getKeyType());
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign with key " + jwk.getKeyID(), e);
        }
    }
}
