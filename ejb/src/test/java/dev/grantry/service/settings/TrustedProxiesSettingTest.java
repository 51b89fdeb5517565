package dev.grantry.service.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrustedProxiesSettingTest {

    @Test
    void whenNothingConfiguredThenNoProxyIsTrusted() {
        assertEquals(Set.of(), TokenSettingsTest.read(Map.of()).trustedProxies());
    }

    @Test
    void whenAddressesListedThenEachIsTrusted() {
        assertEquals(
                Set.of("127.0.0.1", "10.0.0.7", "::1"),
                TokenSettingsTest.read(Map.of("grantry.trusted-proxies", " 127.0.0.1, 10.0.0.7 ,::1"))
                        .trustedProxies());
    }

    @Test
    void whenAHostNameIsListedThenStartFailsNamingTheSetting() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> TokenSettingsTest.read(Map.of("grantry.trusted-proxies", "127.0.0.1,proxy.example")));

        assertTrue(e.getMessage().contains("grantry.trusted-proxies"), e.getMessage());
        assertTrue(e.getMessage().contains("proxy.example"), e.getMessage());
    }
}
