package dev.grantry.service.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ApplicationStatus;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.testing.Fixtures;
import dev.grantry.service.testing.RecordedEvents;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ClientAuthenticatorTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final String SECRET = "s3cr:et%+/=";

    final TestContainer container = new TestContainer(db, Clock.systemUTC(), TestSettings.settings());
    final Fixtures stored = new Fixtures(db, container);
    final Application confidential =
            stored.confidential("conf:id", SECRET, Set.of(GrantType.CLIENT_CREDENTIALS), Set.of());
    final Application publicClient = stored.publicClient("pub", Set.of(GrantType.AUTHORIZATION_CODE), Set.of());
    final ClientAuthenticator authenticator = container.get(ClientAuthenticator.class);

    @Test
    void whenBasicCredentialsAreUrlEncodedThenTheyAreDecodedBeforeChecking() {
        String header = basic(encode("conf:id") + ":" + encode(SECRET));

        assertAuthenticated(confidential, authenticate(header, Map.of()));
    }

    @Test
    void whenSchemeIsLowerCaseThenBasicStillWorks() {
        String header = "basic " + b64(encode("conf:id") + ":" + encode(SECRET));

        assertAuthenticated(confidential, authenticate(header, Map.of("client_id", "conf:id")));
    }

    @Test
    void whenSecretIsPostedThenClientSecretPostWorks() {
        assertAuthenticated(confidential, authenticate(null, Map.of("client_id", "conf:id", "client_secret", SECRET)));
    }

    @Test
    void whenBasicAndPostedSecretBothThenInvalidRequest() {
        OAuthException e = assertThrows(
                OAuthException.class,
                () -> authenticate(basic(encode("conf:id") + ":" + encode(SECRET)), Map.of("client_secret", SECRET)));

        assertEquals(OAuthError.INVALID_REQUEST, e.error());
    }

    @Test
    void whenBasicClientIdDiffersFromPostedClientIdThenInvalidRequest() {
        OAuthException e = assertThrows(
                OAuthException.class,
                () -> authenticate(basic(encode("conf:id") + ":" + encode(SECRET)), Map.of("client_id", "pub")));

        assertEquals(OAuthError.INVALID_REQUEST, e.error());
    }

    @Test
    void whenBasicSecretIsWrongOrClientUnknownThenInvalidClientWithChallenge() {
        for (String header : new String[] {
            basic("conf%3Aid:wrong"),
            basic("nobody:" + encode(SECRET)),
            "Basic %%%",
            basic("no-colon-at-all"),
            "Bearer token",
            basic("conf%zzid:" + encode(SECRET))
        }) {
            OAuthException e = assertThrows(OAuthException.class, () -> authenticate(header, Map.of()));

            assertEquals(OAuthError.INVALID_CLIENT, e.error());
            assertTrue(e.basicChallenge(), header);
        }
    }

    @Test
    void whenPostedSecretIsWrongThenInvalidClientWithoutChallenge() {
        OAuthException e = assertThrows(
                OAuthException.class,
                () -> authenticate(null, Map.of("client_id", "conf:id", "client_secret", "wrong")));

        assertEquals(OAuthError.INVALID_CLIENT, e.error());
        assertFalse(e.basicChallenge());
    }

    @Test
    void whenPublicClientSendsOnlyItsIdThenItIsIdentified() {
        assertAuthenticated(publicClient, authenticate(null, Map.of("client_id", "pub")));
    }

    @Test
    void whenConfidentialClientSendsNoSecretThenInvalidClient() {
        OAuthException e = assertThrows(OAuthException.class, () -> authenticate(null, Map.of("client_id", "conf:id")));

        assertEquals(OAuthError.INVALID_CLIENT, e.error());
    }

    @Test
    void whenPublicClientSendsASecretThenInvalidClient() {
        OAuthException e = assertThrows(
                OAuthException.class,
                () -> authenticate(null, Map.of("client_id", "pub", "client_secret", "anything")));

        assertEquals(OAuthError.INVALID_CLIENT, e.error());
    }

    @Test
    void whenNoClientIsNamedThenInvalidClient() {
        OAuthException e = assertThrows(
                OAuthException.class, () -> authenticate(null, Map.of("grant_type", "client_credentials")));

        assertEquals(OAuthError.INVALID_CLIENT, e.error());
    }

    @Test
    void whenApplicationIsNotActiveThenUnauthorizedClient() {
        for (ApplicationStatus status :
                new ApplicationStatus[] {ApplicationStatus.PENDING, ApplicationStatus.DISABLED}) {
            db.update(Application.class, confidential.getId(), application -> application.setStatus(status));

            OAuthException e = assertThrows(
                    OAuthException.class,
                    () -> authenticate(null, Map.of("client_id", "conf:id", "client_secret", SECRET)));

            assertEquals(OAuthError.UNAUTHORIZED_CLIENT, e.error());
        }
    }

    /** Asserts that {@code authenticated} is the stored {@code expected}. */
    static void assertAuthenticated(Application expected, Application authenticated) {
        assertEquals(expected.getId(), authenticated.getId());
        assertEquals(expected.getClientId(), authenticated.getClientId());
    }

    /** Authenticates a request with this {@code Authorization} header and these body parameters. */
    Application authenticate(String authorization, Map<String, String> parameters) {
        return authenticator.authenticate(ClientCredentials.of(authorization, parameters));
    }

    static String basic(String credentials) {
        return "Basic " + b64(credentials);
    }

    static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void whenThePendingApplicationAuthenticatesThenTheRefusalIsRecordedAlone() {
        db.update(Application.class, confidential.getId(), a -> a.setStatus(ApplicationStatus.PENDING));
        RecordedEvents events = new RecordedEvents(db);

        OAuthException e = assertThrows(
                OAuthException.class,
                () -> db.inTransaction(
                        () -> authenticate(null, Map.of("client_id", "conf:id", "client_secret", SECRET))));

        assertEquals(OAuthError.UNAUTHORIZED_CLIENT, e.error());
        assertEquals(
                List.of("REFUSED_APPLICATION_PENDING/FAILURE client=conf:id"
                        + " detail=Client authentication: the application waits for an administrator's approval"),
                events.since());
    }
}
