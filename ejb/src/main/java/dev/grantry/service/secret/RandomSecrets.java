package dev.grantry.service.secret;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable random values, URL-safe, for client ids, secrets, codes and tokens. */
public final class RandomSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private RandomSecrets() {}

    /** A URL-safe string carrying {@code bits} random bits (rounded up to whole bytes). */
    public static String generate(int bits) {
        byte[] bytes = new byte[(bits + 7) / 8];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }
}
