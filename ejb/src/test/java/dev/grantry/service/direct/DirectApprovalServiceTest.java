package dev.grantry.service.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.audit.AuditEventType;
import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ApplicationStatus;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.grant.AuthorizationGrant;
import dev.grantry.persistence.grant.IssuedToken;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.testing.Fixtures;
import dev.grantry.service.testing.RecordedEvents;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import dev.grantry.service.token.AccessTokenVerifier;
import dev.grantry.service.token.VerifiedAccessToken;
import dev.grantry.service.user.NewUser;
import dev.grantry.service.user.PasswordHasher;
import dev.grantry.service.user.TestPasswords;
import dev.grantry.service.user.UserService;
import dev.grantry.service.user.UserView;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Quay's direct approval: a whitelisted tool sends the user's password and gets that user's token at once. */
class DirectApprovalServiceTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final Instant NOW = Instant.parse("2026-08-01T12:00:00Z");
    static final String CALLBACK = "https://quay.example/cb";

    final TestContainer container = new TestContainer(
                    db,
                    Clock.fixed(NOW, ZoneOffset.UTC),
                    TestSettings.settings(Map.of(
                            "grantry.direct.oauth.clientid.whitelist",
                            "quay,pending",
                            "grantry.signin.max-failures",
                            "2")))
            .with(PasswordHasher.class, TestPasswords.fastHasher());
    final DirectApprovalService service = container.get(DirectApprovalService.class);
    final Fixtures stored = new Fixtures(db, container);
    final Application quay = withCallback(stored.confidential(
            "quay", "secret", Set.of(GrantType.AUTHORIZATION_CODE), Set.of("repo:read", "repo:write", "user:read")));

    {
        container.get(UserService.class).create(new NewUser("alice", null, null, "alice's password", Set.of()));
    }

    Application withCallback(Application application) {
        db.update(Application.class, application.getId(), a -> a.setRedirectUris(List.of(CALLBACK)));
        return application;
    }

    static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void whenTheUsersCredentialsAreRightThenTheirTokenIsInTheRedirectsFragment() {
        String redirect = service.approve(
                basic("alice", "alice's password"), "quay", CALLBACK, "repo:read,user:read", "192.0.2.1");

        assertTrue(redirect.startsWith(CALLBACK + "#access_token="), redirect);
        assertTrue(redirect.endsWith("&token_type=Bearer&expires_in=315576000"), redirect);
        String token = redirect.substring((CALLBACK + "#access_token=").length(), redirect.indexOf('&'));
        VerifiedAccessToken verified =
                container.get(AccessTokenVerifier.class).verify(token).orElseThrow();
        assertEquals(Set.of("repo:read", "user:read"), verified.scopes());
        assertEquals("alice", verified.user().map(UserView::username).orElseThrow());
        assertEquals(1, db.all(AuthorizationGrant.class).size(), "a new authorization, revocable like any other");
        assertEquals(1, db.all(IssuedToken.class).size(), "and no refresh token");
    }

    @Test
    void whenTheClientIsNotWhitelistedOrNotActiveThenRefusedBeforeTheCredentialsAreLookedAt() {
        stored.confidential("other", "secret", Set.of(GrantType.AUTHORIZATION_CODE), Set.of("repo:read"));
        Application pending = withCallback(
                stored.confidential("pending", "secret", Set.of(GrantType.AUTHORIZATION_CODE), Set.of("repo:read")));
        db.update(Application.class, pending.getId(), a -> a.setStatus(ApplicationStatus.PENDING));

        assertEquals(
                OAuthError.ACCESS_DENIED,
                refused("other", CALLBACK, "repo:read", "wrong").error());
        assertEquals(
                OAuthError.ACCESS_DENIED,
                refused(null, CALLBACK, "repo:read", "wrong").error());
        assertEquals(
                OAuthError.UNAUTHORIZED_CLIENT,
                refused("pending", CALLBACK, "repo:read", "wrong").error());
        assertTrue(db.column("SELECT username FROM sign_in_throttle").isEmpty());
    }

    @Test
    void whenTheRedirectUriIsNotRegisteredThenInvalidRequest() {
        assertEquals(
                OAuthError.INVALID_REQUEST,
                refused("quay", "https://evil.example/cb", "repo:read", "alice's password")
                        .error());
        assertEquals(
                OAuthError.INVALID_REQUEST,
                refused("quay", null, "repo:read", "alice's password").error());
    }

    @Test
    void whenNoScopeOrOneTheApplicationMayNotAskForThenInvalidScope() {
        for (String scope : new String[] {null, " , ", "repo:read repo:admin"}) {
            assertEquals(
                    OAuthError.INVALID_SCOPE,
                    refused("quay", CALLBACK, scope, "alice's password").error());
        }
    }

    @Test
    void whenAPrivilegedScopeTheApplicationHoldsIsAskedForThenInvalidScope() {
        db.update(Application.class, quay.getId(), a -> a.setScopes(Set.of("repo:read", "token:introspect")));

        OAuthException e = refused("quay", CALLBACK, "repo:read,token:introspect", "alice's password");

        assertEquals(OAuthError.INVALID_SCOPE, e.error());
        assertTrue(e.description().contains("privileged"), e.description());
    }

    @Test
    void whenTheCredentialsAreMissingOrWrongThenAskedForThemAndFailuresLockTheUsername() {
        OAuthException missing = assertThrows(
                OAuthException.class, () -> service.approve(null, "quay", CALLBACK, "repo:read", "192.0.2.1"));
        OAuthException wrong = refused("quay", CALLBACK, "repo:read", "wrong");
        OAuthException locked = refused("quay", CALLBACK, "repo:read", "wrong");
        OAuthException evenRight = refused("quay", CALLBACK, "repo:read", "alice's password");

        for (OAuthException e : List.of(missing, wrong, locked, evenRight)) {
            assertEquals(OAuthError.OWNER_UNAUTHENTICATED, e.error());
            assertTrue(e.basicChallenge());
        }
        assertEquals("Wrong username or password.", wrong.description());
        assertTrue(locked.description().startsWith("Too many failed sign-ins"), locked.description());
        assertTrue(evenRight.description().startsWith("Too many failed sign-ins"), evenRight.description());
        assertTrue(db.all(IssuedToken.class).isEmpty());
    }

    private OAuthException refused(String clientId, String redirectUri, String scope, String password) {
        return assertThrows(
                OAuthException.class,
                () -> service.approve(basic("alice", password), clientId, redirectUri, scope, "192.0.2.1"));
    }

    @Test
    void whenApprovedOrRefusedByTheSettingsThenTheTokenOrTheRefusalIsRecorded() {
        Application pending = withCallback(
                stored.confidential("pending", "secret", Set.of(GrantType.AUTHORIZATION_CODE), Set.of("repo:read")));
        db.update(Application.class, pending.getId(), a -> a.setStatus(ApplicationStatus.PENDING));
        stored.confidential("other", "secret", Set.of(GrantType.AUTHORIZATION_CODE), Set.of("repo:read"));
        RecordedEvents events = new RecordedEvents(db);

        service.approve(basic("alice", "alice's password"), "quay", CALLBACK, "repo:read", "192.0.2.1");
        refused("other", CALLBACK, "repo:read", "alice's password");
        refused("pending", CALLBACK, "repo:read", "alice's password");
        refused("quay", CALLBACK, "repo:admin", "alice's password");

        IssuedToken token = db.all(IssuedToken.class).get(0);
        assertEquals(
                List.of(
                        "TOKEN_ISSUED/SUCCESS actor=client:quay user=alice client=quay scopes=repo:read grant="
                                + token.getGrant().getId() + " jti=" + token.getJti() + " detail=direct_approval",
                        "REFUSED_BY_SETTINGS/FAILURE client=other"
                                + " detail=Direct approval: the client id is not on"
                                + " grantry.direct.oauth.clientid.whitelist",
                        "REFUSED_APPLICATION_PENDING/FAILURE client=pending"
                                + " detail=Direct approval: the application waits for an administrator's approval"),
                // The sign-in through the user's credentials is the sign-in's own event.
                events.sinceExcept(AuditEventType.SIGN_IN));
    }
}
