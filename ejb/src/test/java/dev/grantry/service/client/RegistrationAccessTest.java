package dev.grantry.service.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.settings.GrantrySettings;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistrationAccessTest {

    private static final String TOKEN = "initial-access-token-of-at-least-32-chars";

    private static RegistrationAccess access(Map<String, String> values) {
        RegistrationAccess access = new RegistrationAccess();
        access.settings = GrantrySettings.read(key -> Optional.ofNullable(values.get(key)));
        return access;
    }

    @Test
    void whenOpenThenAnyoneRegistersWithOrWithoutATokenAsSelfService() {
        RegistrationAccess open = access(Map.of());

        assertEquals(Registrant.SELF_SERVICE, open.check(null));
        assertEquals(Registrant.SELF_SERVICE, open.check("any token at all"));

        RegistrationAccess off = access(Map.of("grantry.client.registration", "off"));
        assertEquals(
                OAuthError.ACCESS_DENIED,
                assertThrows(OAuthException.class, () -> off.check(null)).error());
    }

    @Test
    void whenOffThenAccessDenied() {
        RegistrationAccess access = access(Map.of("grantry.client.registration", "off"));

        OAuthException e = assertThrows(OAuthException.class, () -> access.check(null));

        assertEquals(OAuthError.ACCESS_DENIED, e.error());
    }

    @Test
    void whenInitialTokenRequiredThenOnlyThatTokenRegisters() {
        RegistrationAccess access = access(Map.of(
                "grantry.client.registration", "initial-token", "grantry.client.registration.initial-token", TOKEN));

        assertEquals(Registrant.ADMINISTRATOR, access.check(TOKEN));

        assertEquals(
                OAuthError.INVALID_TOKEN,
                assertThrows(OAuthException.class, () -> access.check(null)).error());
        assertEquals(
                OAuthError.INVALID_TOKEN,
                assertThrows(OAuthException.class, () -> access.check(TOKEN + "x"))
                        .error());
    }

    @Test
    void whenOpenWithAnInitialTokenThenItsHolderCountsAsAdministrator() {
        RegistrationAccess open = access(Map.of("grantry.client.registration.initial-token", TOKEN));

        assertEquals(Registrant.ADMINISTRATOR, open.check(TOKEN));
        assertEquals(Registrant.SELF_SERVICE, open.check(TOKEN + "x"));
        assertEquals(Registrant.SELF_SERVICE, open.check(null));
    }

    @Test
    void whenInitialTokenTooShortInAnyModeThenSettingsRefused() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> access(Map.of("grantry.client.registration.initial-token", "short")));

        assertEquals(true, e.getMessage().contains("GRANTRY_CLIENT_REGISTRATION_INITIAL_TOKEN"), e.getMessage());
    }

    @Test
    void whenInitialTokenModeWithoutTokenThenSettingsRefused() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> access(Map.of("grantry.client.registration", "initial-token")));

        assertEquals(true, e.getMessage().contains("GRANTRY_CLIENT_REGISTRATION_INITIAL_TOKEN"), e.getMessage());
    }

    @Test
    void whenModeUnknownThenSettingsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> access(Map.of("grantry.client.registration.approval", "sometimes")));
    }
}
