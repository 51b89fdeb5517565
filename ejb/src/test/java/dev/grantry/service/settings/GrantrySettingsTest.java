package dev.grantry.service.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GrantrySettingsTest {

    private static GrantrySettings with(Map<String, String> values) {
        return GrantrySettings.read(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void whenNothingIsConfiguredThenTheDocumentedDefaultsHold() {
        GrantrySettings settings = with(Map.of());

        assertEquals("http://127.0.0.1:8080", settings.issuer());
        assertEquals("admin", settings.adminUsername());
        assertTrue(settings.adminPassword().isEmpty());
        assertEquals(5, settings.signInMaxFailures());
        assertEquals(Duration.ofMinutes(15), settings.signInFailureWindow());
        assertEquals(Duration.ofMinutes(15), settings.signInLockout());
        assertTrue(settings.secretPepper().isEmpty());
    }

    @Test
    void whenIssuerEndsWithSlashThenItIsDropped() {
        assertEquals(
                "https://auth.example.org",
                with(Map.of("grantry.issuer", "https://auth.example.org/")).issuer());
    }

    @Test
    void whenAValueCannotBeParsedThenTheErrorNamesTheSettingAndItsEnvironmentVariable() {
        var error = assertThrows(
                IllegalArgumentException.class, () -> with(Map.of("grantry.signin.lockout", "ten minutes")));

        assertTrue(error.getMessage().contains("grantry.signin.lockout"), error.getMessage());
        assertTrue(error.getMessage().contains("GRANTRY_SIGNIN_LOCKOUT"), error.getMessage());
    }

    @Test
    void whenPasswordHashIterationsAreBelowSoteriasFloorOrNotANumberThenRefused() {
        assertEquals(210_000, with(Map.of()).passwordHashIterations());
        assertEquals(
                1024, with(Map.of("grantry.password.hash-iterations", "1024")).passwordHashIterations());
        for (String bad : new String[] {"1023", "many"}) {
            var error = assertThrows(
                    IllegalArgumentException.class, () -> with(Map.of("grantry.password.hash-iterations", bad)));
            assertTrue(error.getMessage().contains("GRANTRY_PASSWORD_HASH_ITERATIONS"), error.getMessage());
        }
    }

    @Test
    void whenPepperIsTooShortThenRefused() {
        assertThrows(IllegalArgumentException.class, () -> with(Map.of("grantry.secret.pepper", "short")));
    }

    @Test
    void whenEverySettingIsListedThenEachHasAnEnvironmentNameAndDescription() {
        for (Setting setting : Setting.values()) {
            assertTrue(setting.environmentName().startsWith("GRANTRY_"), setting.key());
            assertTrue(!setting.description().isBlank(), setting.key());
        }
    }
}
