package dev.grantry.service.secret;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Hashes high-entropy secrets (client secrets, registration tokens, refresh tokens, codes) with HMAC-SHA-256 keyed
 * by a server pepper. A slow password hash would add nothing for 256-bit random values and would slow the token
 * endpoint; the pepper keeps a stolen table of hashes useless on its own. Passwords use {@code PasswordHasher}.
 */
@ApplicationScoped
public class SecretHasher {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String PREFIX = "hs256:";

    @Inject
    ServerSecrets serverSecrets;

    private volatile SecretKeySpec key;

    /** The stored form of {@code secret}. Equal secrets give equal hashes, so a hash can be looked up. */
    public String hash(String secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            byte[] digest = mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    /** Whether {@code secret} hashes to {@code storedHash}, compared in constant time. */
    public boolean matches(String secret, String storedHash) {
        if (secret == null || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(
                hash(secret).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            current = new SecretKeySpec(serverSecrets.pepper().getBytes(StandardCharsets.UTF_8), ALGORITHM);
            key = current;
        }
        return current;
    }
}
