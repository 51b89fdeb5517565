package dev.grantry.service.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.client.ApplicationRepository;
import dev.grantry.persistence.client.ApplicationStatus;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.persistence.testing.TestEntities;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.scope.ScopeKindService;
import dev.grantry.service.testing.RecordedEvents;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who may give an application client_credentials and privileged scopes (only an administrator, or a registration with
 * the initial access token), and which changes send an approved application back for review.
 */
class ApplicationPrivilegesTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    private final TestContainer container = container(Map.of());
    private final ApplicationService service = container.get(ApplicationService.class);
    private final ApplicationRepository stored = container.get(ApplicationRepository.class);

    {
        db.persist(TestEntities.user("alice"));
    }

    private static TestContainer container(Map<String, String> settings) {
        return new TestContainer(db, Clock.systemUTC(), TestSettings.settings(settings));
    }

    private static ApplicationRequest request(Set<String> grantTypes, String scope, String... redirectUris) {
        return new ApplicationRequest("Robot", null, null, List.of(redirectUris), grantTypes, scope, null);
    }

    private static final ApplicationRequest SERVICE_CLIENT =
            request(Set.of("client_credentials"), "token:introspect repo:read");

    private static void assertAdministratorNeeded(OAuthException e) {
        assertEquals(OAuthError.INVALID_CLIENT_METADATA, e.error());
        assertTrue(
                e.description().contains("administrator must allow it")
                        || e.description().contains("only when an administrator allows it"),
                e.description());
    }

    @Test
    void whenSelfServiceAsksForClientCredentialsThenRefusedEverywhereAndNothingStored() {
        ApplicationRequest machine = request(Set.of("client_credentials"), "repo:read");

        assertAdministratorNeeded(
                assertThrows(OAuthException.class, () -> service.register(machine, Registrant.SELF_SERVICE)));
        assertAdministratorNeeded(
                assertThrows(OAuthException.class, () -> service.registerForGancio(machine, Registrant.SELF_SERVICE)));
        assertAdministratorNeeded(assertThrows(OAuthException.class, () -> service.create(machine, "alice")));
        assertTrue(stored.findAll().isEmpty());
    }

    @Test
    void whenSelfServiceAsksForAPrivilegedScopeThenRefusedNamingIt() {
        ApplicationRequest introspecting = request(null, "repo:read token:introspect", "https://app.example/cb");

        OAuthException e = assertThrows(
                OAuthException.class, () -> service.registerForGancio(introspecting, Registrant.SELF_SERVICE));

        assertAdministratorNeeded(e);
        assertTrue(e.description().contains("token:introspect"), e.description());
        assertAdministratorNeeded(assertThrows(OAuthException.class, () -> service.create(introspecting, "alice")));
    }

    @Test
    void whenTheInitialTokenRegistersAServiceClientThenItHoldsThePowersYetWaitsForApprovalWhenRequired() {
        ApplicationService strict = container(Map.of("grantry.client.registration.approval", "admin"))
                .get(ApplicationService.class);

        ApplicationView registered =
                strict.register(SERVICE_CLIENT, Registrant.ADMINISTRATOR).application();

        assertEquals(Set.of("client_credentials"), registered.grantTypes());
        assertEquals(Set.of("repo:read", "token:introspect"), registered.scopes());
        assertEquals("pending", registered.status());
    }

    @Test
    void whenAScopeIsMarkedPrivilegedThenSelfServiceCannotRegisterItAndBackAgain() {
        ScopeKindService kinds = container.get(ScopeKindService.class);
        ApplicationRequest admin = request(null, "repo:admin", "https://app.example/cb");

        kinds.setPrivileged("repo:admin", true);
        assertAdministratorNeeded(assertThrows(OAuthException.class, () -> service.create(admin, "alice")));

        kinds.setPrivileged("repo:admin", false);
        assertEquals(
                Set.of("repo:admin"),
                service.create(admin, "alice").application().scopes());
        assertEquals(
                OAuthError.INVALID_SCOPE,
                assertThrows(OAuthException.class, () -> kinds.setPrivileged("token:introspect", false))
                        .error());
    }

    @Test
    void whenAnAdministratorGivesAndTakesPowersThenGrantTypesAndPrivilegedScopesFollowAndTheRestStays() {
        String clientId = service.create(request(null, "repo:read", "https://app.example/cb"), "alice")
                .application()
                .clientId();

        ApplicationView given = service.setPowers(clientId, true, Set.of("token:introspect"), "admin");
        assertEquals(Set.of("authorization_code", "client_credentials", "refresh_token"), given.grantTypes());
        assertEquals(Set.of("repo:read", "token:introspect"), given.scopes());

        ApplicationView taken = service.setPowers(clientId, false, Set.of(), "admin");
        assertEquals(Set.of("authorization_code", "refresh_token"), taken.grantTypes());
        assertEquals(Set.of("repo:read"), taken.scopes());
        assertEquals(
                Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN),
                stored.findByClientId(clientId).orElseThrow().getGrantTypes());
        assertEquals(
                OAuthError.INVALID_CLIENT_METADATA,
                assertThrows(
                                OAuthException.class,
                                () -> service.setPowers(clientId, false, Set.of("repo:write"), "admin"))
                        .error());
    }

    @Test
    void whenAPublicClientIsToActForItselfThenRefused() {
        ApplicationRequest native_ =
                new ApplicationRequest("Native", null, null, List.of("com.example.app:/cb"), null, "repo:read", "none");
        String clientId = service.create(native_, "alice").application().clientId();

        OAuthException e =
                assertThrows(OAuthException.class, () -> service.setPowers(clientId, true, Set.of(), "admin"));

        assertEquals(OAuthError.INVALID_CLIENT_METADATA, e.error());
    }

    @Test
    void whenItsOwnRegistrationIsReplacedThenItKeepsButCannotAddPowers() {
        IssuedCredentials issued = service.register(SERVICE_CLIENT, Registrant.ADMINISTRATOR);
        String clientId = issued.application().clientId();
        String token = issued.registrationAccessToken();

        ApplicationView kept =
                service.replaceRegistration(clientId, token, SERVICE_CLIENT).application();
        assertEquals(Set.of("repo:read", "token:introspect"), kept.scopes());

        ApplicationView narrowed = service.replaceRegistration(
                        clientId, token, request(Set.of("client_credentials"), "repo:read"))
                .application();
        assertEquals(Set.of("repo:read"), narrowed.scopes());
        assertAdministratorNeeded(
                assertThrows(OAuthException.class, () -> service.replaceRegistration(clientId, token, SERVICE_CLIENT)));
    }

    @Test
    void whenApprovalIsAdminThenWideningAnApprovedApplicationSendsItBackAndNarrowingDoesNot() {
        ApplicationService strict = container(Map.of("grantry.client.registration.approval", "admin"))
                .get(ApplicationService.class);
        String clientId = strict.create(
                        request(null, "repo:read user:read", "https://app.example/a", "https://app.example/b"), "alice")
                .application()
                .clientId();
        strict.approve(clientId, "admin");

        strict.update(clientId, "alice", request(null, "repo:read", "https://app.example/a"));
        assertEquals(ApplicationStatus.ACTIVE, statusOf(clientId), "removing a scope and a redirect URI");

        strict.update(clientId, "alice", request(null, "repo:read", "https://app.example/a", "https://evil.example/"));
        assertEquals(ApplicationStatus.PENDING, statusOf(clientId), "a new redirect URI");

        for (ApplicationRequest wider : List.of(
                request(null, "repo:read repo:write", "https://app.example/a"),
                new ApplicationRequest(
                        "Robot", null, null, List.of("https://app.example/a"), null, "repo:read", "none"))) {
            strict.update(clientId, "alice", request(null, "repo:read", "https://app.example/a"));
            strict.approve(clientId, "admin");

            strict.update(clientId, "alice", wider);

            assertEquals(ApplicationStatus.PENDING, statusOf(clientId), wider.toString());
        }
    }

    @Test
    void whenApprovalIsAdminThenANewGrantTypeThroughRfc7592SendsTheApplicationBack() {
        ApplicationService strict = container(Map.of("grantry.client.registration.approval", "admin"))
                .get(ApplicationService.class);
        IssuedCredentials issued = strict.register(
                request(Set.of("authorization_code"), "repo:read", "https://app.example/a"), Registrant.SELF_SERVICE);
        String clientId = issued.application().clientId();
        strict.approve(clientId, "admin");

        strict.replaceRegistration(
                clientId,
                issued.registrationAccessToken(),
                request(Set.of("authorization_code", "refresh_token"), "repo:read", "https://app.example/a"));

        assertEquals(ApplicationStatus.PENDING, statusOf(clientId));
    }

    @Test
    void whenApprovalIsAutoThenChangesApplyAtOnce() {
        String clientId = service.create(request(null, "repo:read", "https://app.example/a"), "alice")
                .application()
                .clientId();

        service.update(clientId, "alice", request(null, "repo:read repo:write", "https://app.example/b"));

        assertEquals(ApplicationStatus.ACTIVE, statusOf(clientId));
    }

    private ApplicationStatus statusOf(String clientId) {
        return stored.findByClientId(clientId).orElseThrow().getStatus();
    }

    @Test
    void whenAnAdministratorGivesAndTakesPowersThenWhatWasGivenAndWhatWasTakenAreRecorded() {
        String clientId = service.create(request(null, "repo:read", "https://app.example/cb"), "alice")
                .application()
                .clientId();
        service.setPowers(clientId, false, Set.of("token:introspect"), "admin");
        RecordedEvents events = new RecordedEvents(db);

        service.setPowers(clientId, true, Set.of("token:introspect"), "admin");
        service.setPowers(clientId, true, Set.of("token:introspect"), "admin");
        service.setPowers(clientId, false, Set.of(), "admin");
        assertThrows(OAuthException.class, () -> service.setPowers(clientId, false, Set.of("repo:write"), "admin"));

        assertEquals(
                List.of(
                        "APPLICATION_POWERS_GRANTED/SUCCESS actor=admin user=alice client=" + clientId
                                + " detail=May act for itself (client_credentials)",
                        "APPLICATION_POWERS_WITHDRAWN/SUCCESS actor=admin user=alice client=" + clientId
                                + " scopes=token:introspect detail=May act for itself (client_credentials)"),
                events.since(),
                "giving what it holds changes nothing and records nothing, nor does a refused change");
    }
}
