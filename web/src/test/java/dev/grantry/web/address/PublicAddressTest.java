package dev.grantry.web.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.service.settings.GrantrySettings;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicAddressTest {

    static PublicAddress issuedBy(String issuer) {
        PublicAddress address = new PublicAddress();
        address.settings =
                GrantrySettings.read(key -> key.equals("grantry.issuer") ? Optional.of(issuer) : Optional.empty());
        return address;
    }

    @Test
    void whenAPathIsAddressedThenItFollowsTheIssuer() {
        assertEquals(
                "https://id.example/grantry/consent?request=r",
                issuedBy("https://id.example/grantry/").of("/consent?request=r"));
    }

    @Test
    void whenTheIssuerIsHttpsThenGrantryIsServedOverHttps() {
        assertTrue(issuedBy("HTTPS://id.example").isHttps());
        assertFalse(issuedBy("http://127.0.0.1:8080").isHttps());
    }
}
