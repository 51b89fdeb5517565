package dev.grantry.service.key;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Signs JWTs (RFC 7519) with the active signing key, reusing its header and signer: access tokens ({@code typ at+jwt},
 * RFC 9068) and OpenID Connect ID tokens ({@code typ JWT}), with the same keys and algorithm.
 */
@ApplicationScoped
public class JwtSigner {

    @Inject
    SigningKeys keys;

    /** The compact serialization of {@code claims} signed with the active key. */
    public String sign(JWTClaimsSet claims) {
        ActiveKey key = keys.active();
        return sign(key, key.header(), claims);
    }

    /**
     * The compact serialization of an ID token (OpenID Connect Core 1.0
     * <a href="https://openid.net/specs/openid-connect-core-1_0.html#IDToken">§2</a>) signed with the active key:
     * {@code typ JWT}, since a relying party's validator refuses the access tokens' {@code at+jwt}.
     */
    public String signIdToken(JWTClaimsSet claims) {
        ActiveKey key = keys.active();
        JWSHeader header =
                new JWSHeader.Builder(key.header()).type(JOSEObjectType.JWT).build();
        return sign(key, header, claims);
    }

    private static String sign(ActiveKey key, JWSHeader header, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(key.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign with key " + key.kid(), e);
        }
        return jwt.serialize();
    }
}
