package dev.grantry.service.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.grantry.persistence.audit.AuditEventType;
import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.service.direct.DirectApprovalService;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.key.RegistryCertificates;
import dev.grantry.service.robot.RobotService;
import dev.grantry.service.testing.Fixtures;
import dev.grantry.service.testing.PemCertificates;
import dev.grantry.service.testing.RecordedEvents;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import dev.grantry.service.user.NewUser;
import dev.grantry.service.user.PasswordHasher;
import dev.grantry.service.user.TestPasswords;
import dev.grantry.service.user.UserService;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The registry token service: who may have which actions, and the token CNCF Distribution verifies. */
class RegistryTokenServiceTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final Instant NOW = Instant.parse("2026-08-01T12:00:00Z");
    static final String SERVICE = "registry.test";
    static final String CALLBACK = "https://tool.example/cb";

    final TestContainer container = new TestContainer(
                    db,
                    Clock.fixed(NOW, ZoneOffset.UTC),
                    TestSettings.settings(Map.of(
                            "grantry.registry.services", SERVICE + ",other.test",
                            "grantry.registry.public-repositories", "bob/base",
                            "grantry.registry.token-lifetime", "PT10M",
                            "grantry.direct.oauth.clientid.whitelist", "tool",
                            "grantry.signin.max-failures", "2")))
            .with(PasswordHasher.class, TestPasswords.fastHasher());
    final RegistryTokenService service = container.get(RegistryTokenService.class);
    final Fixtures stored = new Fixtures(db, container);

    {
        container.get(UserService.class).create(new NewUser("alice", null, null, "alice's password", Set.of()));
        container.get(UserService.class).create(new NewUser("bob", null, null, "bob's password", Set.of()));
        Application tool = stored.confidential(
                "tool", "secret", Set.of(GrantType.AUTHORIZATION_CODE), Set.of("repo:read", "repo:write"));
        db.update(Application.class, tool.getId(), a -> a.setRedirectUris(List.of(CALLBACK)));
    }

    static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    RegistryToken issue(String authorization, String... scopes) {
        return service.issue(authorization, SERVICE, List.of(scopes), "192.0.2.1");
    }

    static JWTClaimsSet claims(RegistryToken token) throws Exception {
        return SignedJWT.parse(token.token()).getJWTClaimsSet();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> access(RegistryToken token) throws Exception {
        return (List<Map<String, Object>>) claims(token).getClaim("access");
    }

    String oauthToken(String username, String password, String scope) {
        String redirect = container
                .get(DirectApprovalService.class)
                .approve(basic(username, password), "tool", CALLBACK, scope, "192.0.2.1");
        return redirect.substring((CALLBACK + "#access_token=").length(), redirect.indexOf('&'));
    }

    @Test
    void whenTheOwnerAsksForTheirRepositoryThenTheTokenCarriesTheClaimsDistributionReads() throws Exception {
        RegistryToken token = issue(basic("alice", "alice's password"), "repository:alice/app:pull,push");

        JWTClaimsSet claims = claims(token);
        assertEquals(TestSettings.ISSUER, claims.getIssuer());
        assertEquals("alice", claims.getSubject());
        assertEquals(List.of(SERVICE), claims.getAudience());
        assertTrue(
                SignedJWT.parse(token.token()).getPayload().toString().contains("\"aud\":\"" + SERVICE + "\""),
                "Distribution 2.8 reads aud as one string");
        assertEquals(NOW.plusSeconds(600), claims.getExpirationTime().toInstant());
        assertEquals(NOW, claims.getNotBeforeTime().toInstant());
        assertEquals(NOW, claims.getIssueTime().toInstant());
        assertNotNull(claims.getJWTID());
        assertEquals(
                List.of(Map.of("type", "repository", "name", "alice/app", "actions", List.of("pull", "push"))),
                access(token));
        assertEquals(600, token.expiresIn());
        assertEquals(NOW, token.issuedAt());
    }

    @Test
    void whenATokenIsIssuedThenItsKeyIdNamesABundleCertificateWhoseKeyVerifiesIt() throws Exception {
        SignedJWT jwt = SignedJWT.parse(issue(basic("alice", "alice's password"), "repository:alice/app:pull")
                .token());

        List<X509Certificate> bundle =
                PemCertificates.parse(container.get(RegistryCertificates.class).pem());
        assertEquals(1, bundle.size());
        X509Certificate certificate = bundle.get(0);
        certificate.verify(certificate.getPublicKey());
        assertEquals(JOSEObjectType.JWT, jwt.getHeader().getType());
        assertTrue(
                jwt.getHeader().getKeyID().matches("([A-Z2-7]{4}:){11}[A-Z2-7]{4}"),
                "the libtrust key id: " + jwt.getHeader().getKeyID());
        assertTrue(jwt.verify(new RSASSAVerifier((RSAPublicKey) certificate.getPublicKey())));
    }

    @Test
    void whenAUserAsksForAnotherNamespaceThenTheTokenGrantsNothingThere() throws Exception {
        RegistryToken token =
                issue(basic("bob", "bob's password"), "repository:alice/app:pull,push", "repository:bob/tool:push");

        assertEquals(
                List.of(Map.of("type", "repository", "name", "bob/tool", "actions", List.of("push"))), access(token));
    }

    @Test
    void whenAnonymousThenOnlyPublicRepositoriesArePulled() throws Exception {
        RegistryToken token = issue(null, "repository:alice/app:pull", "repository:bob/base:pull,push");

        assertEquals("", claims(token).getSubject());
        assertEquals(
                List.of(Map.of("type", "repository", "name", "bob/base", "actions", List.of("pull"))), access(token));
        assertEquals(List.of(), access(issue(null, "repository:alice/app:pull")));
    }

    @Test
    void whenTheServiceIsUnknownOrMissingThenInvalidRequest() {
        for (String unknown : new String[] {"evil.test", null}) {
            OAuthException e = assertThrows(
                    OAuthException.class,
                    () -> service.issue(
                            basic("alice", "alice's password"), unknown, List.of("repository:alice/app:pull"), null));
            assertEquals(OAuthError.INVALID_REQUEST, e.error());
            assertEquals(400, e.error().httpStatus());
        }
    }

    @Test
    void whenThePasswordIsWrongThenUnauthorizedWithABasicChallengeAndTheFailuresLockTheUser() {
        OAuthException wrong = assertThrows(OAuthException.class, () -> issue(basic("alice", "wrong")));
        assertThrows(OAuthException.class, () -> issue(basic("alice", "wrong")));
        OAuthException locked = assertThrows(OAuthException.class, () -> issue(basic("alice", "alice's password")));
        OAuthException garbled = assertThrows(OAuthException.class, () -> issue("Basic %%%"));

        for (OAuthException e : List.of(wrong, locked, garbled)) {
            assertEquals(401, e.error().httpStatus());
            assertTrue(e.basicChallenge());
        }
        assertTrue(locked.description().startsWith("Too many failed sign-ins"), locked.description());
    }

    @Test
    void whenAnOAuthTokenIsThePasswordThenItsScopesDecideTheActions() throws Exception {
        String read = oauthToken("alice", "alice's password", "repo:read");
        String write = oauthToken("alice", "alice's password", "repo:write");

        assertEquals(
                List.of(Map.of("type", "repository", "name", "alice/app", "actions", List.of("pull"))),
                access(issue(basic("$oauthtoken", read), "repository:alice/app:pull,push")));
        assertEquals(
                List.of(Map.of("type", "repository", "name", "alice/app", "actions", List.of("pull", "push"))),
                access(issue(basic("$oauthtoken", write), "repository:alice/app:pull,push")));
        assertEquals(List.of(), access(issue(basic("$oauthtoken", write), "repository:bob/app:pull")));
    }

    @Test
    void whenTheOAuthTokenIsRevokedOrMadeUpThenUnauthorized() {
        String read = oauthToken("alice", "alice's password", "repo:read");
        db.execute("UPDATE issued_token SET revoked_at = CURRENT_TIMESTAMP");

        for (String token : List.of(read, "made-up")) {
            OAuthException e = assertThrows(
                    OAuthException.class, () -> issue(basic("$oauthtoken", token), "repository:alice/app:pull"));
            assertEquals(401, e.error().httpStatus());
        }
    }

    @Test
    void whenARobotAsksThenItsPermissionsDecideAndItsOldOrDeletedTokenIsRefused() throws Exception {
        RobotService robots = container.get(RobotService.class);
        String token =
                robots.create("alice", "alice", "puller", null, "app:pull").token();

        RegistryToken pull = issue(basic("alice+puller", token), "repository:alice/app:pull,push");
        assertEquals("alice+puller", claims(pull).getSubject());
        assertEquals(
                List.of(Map.of("type", "repository", "name", "alice/app", "actions", List.of("pull"))), access(pull));
        assertEquals(List.of(), access(issue(basic("alice+puller", token), "repository:alice/web:pull")));

        String regenerated = robots.regenerateToken("alice", "alice", "puller").token();
        assertEquals(
                401,
                assertThrows(OAuthException.class, () -> issue(basic("alice+puller", token)))
                        .error()
                        .httpStatus());
        issue(basic("alice+puller", regenerated));
        robots.delete("alice", "alice", "puller");
        assertEquals(
                401,
                assertThrows(OAuthException.class, () -> issue(basic("alice+puller", regenerated)))
                        .error()
                        .httpStatus());
    }

    @Test
    void whenATokenIsIssuedThenItIsRecordedWithWhatItGrants() {
        RecordedEvents events = new RecordedEvents(db);

        issue(basic("alice", "alice's password"), "repository:alice/app:pull,push", "repository:bob/x:pull");
        issue(null, "repository:alice/app:pull");

        assertEquals(
                List.of(
                        "REGISTRY_TOKEN_ISSUED/SUCCESS actor=alice user=alice detail=" + SERVICE
                                + ": alice/app:pull,push",
                        "REGISTRY_TOKEN_ISSUED/SUCCESS detail=" + SERVICE + ": no access"),
                events.sinceExcept(AuditEventType.SIGN_IN));
        assertFalse(events.since().toString().contains("alice's password"));
    }

    RegistryToken offline(String username, String password, String scope) {
        return service.issueForPassword(username, password, SERVICE, List.of(scope), "192.0.2.1", true, "docker");
    }

    static OAuthError refusal(Runnable request) {
        return assertThrows(OAuthException.class, request::run).error();
    }

    @Test
    void whenAUserAsksOfflineThenTheRefreshTokenGivesTokensForItsServiceAndClientUntilTheUserIsDisabled()
            throws Exception {
        RecordedEvents events = new RecordedEvents(db);
        RegistryToken first = offline("alice", "alice's password", "repository:alice/app:pull");
        String refreshToken = first.refreshToken();
        assertNotNull(refreshToken);
        assertFalse(db.column("SELECT token_hash FROM registry_refresh_token").contains(refreshToken), "only a hash");

        RegistryToken refreshed =
                service.refresh(refreshToken, "docker", SERVICE, List.of("repository:alice/app:pull,push"));
        assertEquals("alice", claims(refreshed).getSubject());
        assertEquals(
                List.of(Map.of("type", "repository", "name", "alice/app", "actions", List.of("pull", "push"))),
                access(refreshed));
        assertEquals(null, refreshed.refreshToken(), "the same refresh token stays in use");
        assertEquals(
                List.of(
                        "REGISTRY_TOKEN_ISSUED/SUCCESS actor=alice user=alice detail=" + SERVICE
                                + ": alice/app:pull (and a refresh token)",
                        "REGISTRY_TOKEN_ISSUED/SUCCESS actor=alice user=alice detail=" + SERVICE
                                + ": alice/app:pull,push (by a refresh token)"),
                events.sinceExcept(AuditEventType.SIGN_IN));

        assertEquals(
                OAuthError.INVALID_GRANT, refusal(() -> service.refresh(refreshToken, "podman", SERVICE, List.of())));
        assertEquals(
                OAuthError.INVALID_GRANT,
                refusal(() -> service.refresh(refreshToken, "docker", "other.test", List.of())));
        assertEquals(OAuthError.INVALID_GRANT, refusal(() -> service.refresh("made-up", "docker", SERVICE, List.of())));
        container.get(UserService.class).setEnabled("alice", false, "admin");
        assertEquals(
                OAuthError.INVALID_GRANT, refusal(() -> service.refresh(refreshToken, "docker", SERVICE, List.of())));
    }

    @Test
    void whenOnlineOrByAnAccessTokenThenNoRefreshTokenAndOfflineNeedsAClientId() {
        assertEquals(
                null,
                service.issueForPassword("alice", "alice's password", SERVICE, List.of(), "192.0.2.1", false, "docker")
                        .refreshToken());
        assertEquals(
                null,
                offline("$oauthtoken", oauthToken("alice", "alice's password", "repo:read"), "")
                        .refreshToken());
        assertEquals(
                OAuthError.INVALID_REQUEST,
                refusal(() -> service.issueForPassword(
                        "alice", "alice's password", SERVICE, List.of(), "192.0.2.1", true, null)));
    }

    @Test
    void whenARobotsTokenIsRegeneratedThenItsRefreshTokenIsRefused() throws Exception {
        String token = container
                .get(RobotService.class)
                .create("alice", "alice", "puller", null, "app:pull")
                .token();
        String refreshToken =
                offline("alice+puller", token, "repository:alice/app:pull").refreshToken();
        assertEquals(
                List.of(Map.of("type", "repository", "name", "alice/app", "actions", List.of("pull"))),
                access(service.refresh(refreshToken, "docker", SERVICE, List.of("repository:alice/app:pull,push"))));

        new TestContainer(
                        db,
                        Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC),
                        TestSettings.settings(Map.of("grantry.registry.services", SERVICE)))
                .get(RobotService.class)
                .regenerateToken("alice", "alice", "puller");

        assertEquals(
                OAuthError.INVALID_GRANT, refusal(() -> service.refresh(refreshToken, "docker", SERVICE, List.of())));
    }
}
