package dev.grantry.service.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.service.audit.RequestOrigin;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.testing.RecordedEvents;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RegistrationLimitTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final Instant NOW = Instant.parse("2026-06-10T08:00:00Z");

    static RegistrationLimit at(Instant now) {
        return new TestContainer(
                        db,
                        Clock.fixed(now, ZoneOffset.UTC),
                        TestSettings.settings(Map.of("grantry.client.registration.max-per-ip", "2")))
                .get(RegistrationLimit.class);
    }

    @Test
    void whenTheDefaultsHoldThenTwentyAnHour() {
        assertEquals(20, TestSettings.settings().clientRegistrationMaxPerIp());
        assertEquals(Duration.ofHours(1), TestSettings.settings().clientRegistrationIpWindow());
    }

    @Test
    void whenAnAddressRegistersPastItsLimitThen429WithTheTimeLeftInTheWindow() {
        at(NOW).count("192.0.2.1");
        at(NOW.plus(Duration.ofMinutes(10))).count("192.0.2.1");

        OAuthException e = assertThrows(
                OAuthException.class, () -> at(NOW.plus(Duration.ofMinutes(20))).count("192.0.2.1"));

        assertEquals(OAuthError.RATE_LIMITED, e.error());
        assertEquals(429, e.error().httpStatus());
        assertEquals("temporarily_unavailable", e.error().code());
        assertEquals(Optional.of(Duration.ofMinutes(40)), e.retryAfter());
        assertTrue(e.description().contains("2400 seconds"), e.description());
        at(NOW.plus(Duration.ofMinutes(20))).count("198.51.100.9");
        at(NOW.plus(Duration.ofHours(1))).count("192.0.2.1");
        assertEquals(
                List.of("1", "1"),
                db.column("SELECT hits FROM rate_limit ORDER BY bucket"),
                "a new window, a new count");
    }

    @Test
    void whenAnAddressGoesOverTheLimitThenEachRefusalIsRecordedWithTheAddress() {
        TestContainer server = new TestContainer(
                db,
                Clock.fixed(NOW, ZoneOffset.UTC),
                TestSettings.settings(Map.of("grantry.client.registration.max-per-ip", "1")));
        server.get(RequestOrigin.class).set("192.0.2.7", "curl/8");
        RegistrationLimit limit = server.get(RegistrationLimit.class);
        RecordedEvents events = new RecordedEvents(db);

        limit.count("192.0.2.7");
        assertThrows(OAuthException.class, () -> limit.count("192.0.2.7"));

        assertEquals(
                List.of("RATE_LIMITED/FAILURE detail=Registration: over grantry.client.registration.max-per-ip"),
                events.since());
        assertEquals(
                List.of("192.0.2.7"),
                db.column("SELECT remote_address FROM audit_event WHERE event_type = 'RATE_LIMITED'"));
    }
}
