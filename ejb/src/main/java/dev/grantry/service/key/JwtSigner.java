package dev.grantry.service.key;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Signs JWTs (RFC 7519) with the active signing key, reusing its header and signer. */
@ApplicationScoped
public class JwtSigner {

    @Inject
    SigningKeys keys;

    /** The compact serialization of {@code claims} signed with the active key. */
    public String sign(JWTClaimsSet claims) {
        ActiveKey key = keys.active();
        SignedJWT jwt = new SignedJWT(key.header(), claims);
        try {
            jwt.sign(key.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign with key " + key.kid(), e);
        }
        return jwt.serialize();
    }
}
