package dev.grantry.service.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenSettingsTest {

    static GrantrySettings read(Map<String, String> values) {
        return GrantrySettings.read(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void whenNothingConfiguredThenDocumentedDefaults() {
        GrantrySettings settings = read(Map.of("grantry.issuer", "https://id.example/"));

        assertEquals(Duration.ofHours(1), settings.accessTokenLifetime());
        assertEquals(Duration.ofDays(30), settings.refreshTokenLifetime());
        assertEquals("https://id.example", settings.tokenAudience());
        assertEquals("RS256", settings.signingAlgorithm());
        assertTrue(settings.keysEncryptionKey().isEmpty());
        assertEquals(Duration.ofMinutes(1), settings.keysRefreshInterval());
        assertFalse(settings.pkceAllowPlain());
    }

    @Test
    void whenConfiguredThenValuesAreRead() {
        GrantrySettings settings = read(Map.of(
                "grantry.token.audience",
                "https://api.example",
                "grantry.token.signing-algorithm",
                "ES256",
                "grantry.pkce.allow-plain",
                "true",
                "grantry.token.access-lifetime",
                "PT5M"));

        assertEquals("https://api.example", settings.tokenAudience());
        assertEquals("ES256", settings.signingAlgorithm());
        assertTrue(settings.pkceAllowPlain());
        assertEquals(Duration.ofMinutes(5), settings.accessTokenLifetime());
    }

    @Test
    void whenValueIsInvalidThenStartFailsNamingTheSetting() {
        for (Map<String, String> bad : List.of(
                Map.of("grantry.token.signing-algorithm", "HS256"),
                Map.of("grantry.keys.encryption-key", "too short"),
                Map.of("grantry.pkce.allow-plain", "yes"),
                Map.of("grantry.token.refresh-lifetime", "30 days"),
                Map.of("grantry.keys.refresh-interval", "PT0S"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(bad));

            assertTrue(e.getMessage().contains(bad.keySet().iterator().next()), e.getMessage());
        }
    }
}
