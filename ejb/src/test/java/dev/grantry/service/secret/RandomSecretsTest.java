package dev.grantry.service.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RandomSecretsTest {

    @Test
    void whenGeneratingThenEachValueIsUrlSafeAndCarriesTheAskedBits() {
        String secret = RandomSecrets.generate(256);

        assertEquals(43, secret.length(), "32 bytes are 43 base64url characters without padding");
        assertTrue(secret.matches("[A-Za-z0-9_-]+"), secret);
        assertNotEquals(secret, RandomSecrets.generate(256));
    }
}
