package dev.grantry.service.settings;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DiagnosticsSettingTest {

    @Test
    void whenNothingConfiguredThenDiagnosticsAreOff() {
        assertFalse(TokenSettingsTest.read(Map.of()).diagnosticsEnabled());
    }

    @Test
    void whenTurnedOnThenDiagnosticsAreOn() {
        assertTrue(TokenSettingsTest.read(Map.of("grantry.diagnostics.enabled", "true"))
                .diagnosticsEnabled());
    }

    @Test
    void whenNeitherTrueNorFalseThenStartFailsNamingTheSetting() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> TokenSettingsTest.read(Map.of("grantry.diagnostics.enabled", "on")));

        assertTrue(e.getMessage().contains("grantry.diagnostics.enabled"), e.getMessage());
    }
}
