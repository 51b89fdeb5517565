package dev.grantry.service.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.settings.GrantrySettings;
import dev.grantry.service.testing.RecordedEvents;
import dev.grantry.service.testing.TestContainer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RegistrationAccessTest {

    /** Where refusals are recorded. */
    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    private static final String TOKEN = "initial-access-token-of-at-least-32-chars";

    private static RegistrationAccess access(Map<String, String> values) {
        return new TestContainer(
                        db, Clock.systemUTC(), GrantrySettings.read(key -> Optional.ofNullable(values.get(key))))
                .get(RegistrationAccess.class);
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

    @Test
    void whenTheSettingsRefuseARegistrationThenTheRefusalIsRecordedAlone() {
        RegistrationAccess off = access(Map.of("grantry.client.registration", "off"));
        RegistrationAccess tokenOnly = access(Map.of(
                "grantry.client.registration", "initial-token", "grantry.client.registration.initial-token", TOKEN));
        RecordedEvents events = new RecordedEvents(db);

        assertThrows(OAuthException.class, () -> db.inTransaction(() -> off.check(null)));
        assertThrows(OAuthException.class, () -> db.inTransaction(() -> tokenOnly.check("wrong")));
        tokenOnly.check(TOKEN);

        assertEquals(
                List.of(
                        "REFUSED_BY_SETTINGS/FAILURE detail=Registration: grantry.client.registration is off",
                        "REFUSED_BY_SETTINGS/FAILURE detail=Registration: grantry.client.registration needs the"
                                + " initial access token"),
                events.since());
    }
}
