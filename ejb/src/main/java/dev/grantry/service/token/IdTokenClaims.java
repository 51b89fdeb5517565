package dev.grantry.service.token;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;

/**
 * The claims of an OpenID Connect ID token (Core 1.0
 * <a href="https://openid.net/specs/openid-connect-core-1_0.html#IDToken">§2</a>) for the authorization code flow:
 * {@code iss sub aud exp iat}, {@code auth_time} when the sign-in time is known, {@code nonce} exactly as the
 * authorization request sent it, {@code at_hash} (§3.1.3.6) and {@code azp}. The profile and email claims are not
 * here: an access token is always issued beside the ID token, so they come from UserInfo (§5.4).
 */
final class IdTokenClaims {

    private IdTokenClaims() {}

    /**
     * @param subject the user's stable subject identifier, never the username
     * @param clientId the audience and authorized party
     * @param authTime when the user signed in, or {@code null} when unknown
     * @param nonce the authorization request's {@code nonce}, or {@code null}
     * @param accessToken the access token issued with it, whose hash {@code at_hash} carries
     */
    static JWTClaimsSet of(
            String issuer,
            String subject,
            String clientId,
            Instant authTime,
            String nonce,
            String accessToken,
            Instant issuedAt,
            Instant expiresAt) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience(clientId)
                .expirationTime(Date.from(expiresAt))
                .issueTime(Date.from(issuedAt))
                .claim("azp", clientId)
                .claim("at_hash", accessTokenHash(accessToken));
        if (authTime != null) {
            claims.claim("auth_time", authTime.getEpochSecond());
        }
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        return claims.build();
    }

    /**
     * {@code at_hash} (Core 1.0 §3.1.3.6): the left half of the access token's hash, base64url encoded. The hash is
     * the one of the signing algorithm; every algorithm Grantry signs with (RS256, ES256) uses SHA-256.
     */
    static String accessTokenHash(String accessToken) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(accessToken.getBytes(StandardCharsets.US_ASCII));
            return Base64URL.encode(Arrays.copyOf(hash, hash.length / 2)).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
