package dev.grantry.service.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SecretHasherTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final String PEPPER = "a configured pepper of at least 32 characters";

    static SecretHasher hasher(String pepper) {
        return new TestContainer(db, Clock.systemUTC(), TestSettings.settings(Map.of("grantry.secret.pepper", pepper)))
                .get(SecretHasher.class);
    }

    @Test
    void whenHashedThenHmacSha256UnderThePepperInBase64Url() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(PEPPER.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "hs256:"
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(mac.doFinal("s3cret".getBytes(StandardCharsets.UTF_8)));

        assertEquals(expected, hasher(PEPPER).hash("s3cret"));
    }

    @Test
    void whenAnotherPepperIsUsedThenTheHashDiffers() {
        assertNotEquals(hasher(PEPPER).hash("s3cret"), hasher(PEPPER + "!").hash("s3cret"));
    }

    @Test
    void whenMatchedThenOnlyTheSecretItself() {
        SecretHasher hasher = hasher(PEPPER);
        String stored = hasher.hash("s3cret");

        assertTrue(hasher.matches("s3cret", stored));
        assertFalse(hasher.matches("s3cret!", stored));
        assertFalse(hasher.matches(null, stored));
        assertFalse(hasher.matches("s3cret", null));
    }
}
