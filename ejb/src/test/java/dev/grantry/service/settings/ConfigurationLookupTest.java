package dev.grantry.service.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Settings on servers without MicroProfile Config: its default sources, in its order. */
class ConfigurationLookupTest {

    private static Properties properties(String key, String value) {
        Properties properties = new Properties();
        properties.setProperty(key, value);
        return properties;
    }

    @Test
    void whenOnlyTheEnvironmentVariableIsSetThenItIsRead() {
        var lookup = ConfigurationLookup.of(new Properties(), Map.of("GRANTRY_SIGNIN_MAX_FAILURES", "7"));

        assertEquals(Optional.of("7"), lookup.apply("grantry.signin.max-failures"));
    }

    @Test
    void whenBothAreSetThenTheSystemPropertyWins() {
        var lookup = ConfigurationLookup.of(
                properties("grantry.issuer", "https://property.test"),
                Map.of("GRANTRY_ISSUER", "https://environment.test"));

        assertEquals(Optional.of("https://property.test"), lookup.apply("grantry.issuer"));
    }

    @Test
    void whenTheEnvironmentHasTheExactNameThenItIsRead() {
        var lookup = ConfigurationLookup.of(new Properties(), Map.of("grantry.issuer", "https://exact.test"));

        assertEquals(Optional.of("https://exact.test"), lookup.apply("grantry.issuer"));
    }

    @Test
    void whenNeitherIsSetThenNothingIsFound() {
        assertTrue(ConfigurationLookup.of(new Properties(), Map.of())
                .apply("grantry.issuer")
                .isEmpty());
    }

    @Test
    void whenAnEnvironmentValueIsInvalidThenTheSettingsAreRefusedAsWithMicroProfileConfig() {
        var lookup = ConfigurationLookup.of(new Properties(), Map.of("GRANTRY_SIGNIN_MAX_FAILURES", "many"));

        var error = assertThrows(IllegalArgumentException.class, () -> GrantrySettings.read(lookup));
        assertTrue(error.getMessage().contains("GRANTRY_SIGNIN_MAX_FAILURES"), error.getMessage());
    }

    @Test
    void whenTheTestsRunWithoutMicroProfileConfigThenTheSystemIsRead() {
        System.setProperty("grantry.code.lifetime", "PT42S");
        try {
            assertEquals(Optional.of("PT42S"), ConfigurationLookup.ofServer().apply("grantry.code.lifetime"));
        } finally {
            System.clearProperty("grantry.code.lifetime");
        }
    }
}
