package dev.grantry.service.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ApplicationRepository;
import dev.grantry.persistence.client.ApplicationStatus;
import dev.grantry.persistence.client.ClientType;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.client.TokenEndpointAuthMethod;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.persistence.testing.TestEntities;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.secret.SecretHasher;
import dev.grantry.service.testing.RecordedEvents;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ApplicationServiceTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    private final TestContainer container = container(Map.of());
    private final ApplicationService service = container.get(ApplicationService.class);
    private final ApplicationRepository stored = container.get(ApplicationRepository.class);
    private final SecretHasher hasher = container.get(SecretHasher.class);

    {
        db.persist(TestEntities.user("alice"), TestEntities.user("bob"));
    }

    /** The server's beans with these settings (by key). */
    private static TestContainer container(Map<String, String> settings) {
        return new TestContainer(db, Clock.systemUTC(), TestSettings.settings(settings));
    }

    private static ApplicationRequest request(TokenEndpointAuthMethod method) {
        return new ApplicationRequest(
                "Event Manager",
                "https://app.example",
                null,
                List.of("https://app.example/cb"),
                null,
                "event:write",
                method == null ? null : method.value());
    }

    @Test
    void whenConfidentialCreatedThenStoredEntityHoldsOnlyAHashOfTheSecret() {
        IssuedCredentials issued = service.create(request(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC), "alice");

        Application application = stored.findAll().get(0);
        assertNotNull(issued.clientSecret());
        assertTrue(Base64.getUrlDecoder().decode(issued.clientSecret()).length >= 32, "at least 256 bits");
        assertNotEquals(issued.clientSecret(), application.getSecretHash());
        assertFalse(application.getSecretHash().contains(issued.clientSecret()));
        assertTrue(hasher.matches(issued.clientSecret(), application.getSecretHash()));
        assertEquals(ClientType.CONFIDENTIAL, application.getClientType());
        assertEquals(ApplicationStatus.ACTIVE, application.getStatus());
        assertTrue(application.isOwnedBy("alice"));
        assertNull(issued.registrationAccessToken(), "settings-page applications have no registration token");
    }

    @Test
    void whenPublicCreatedThenNoSecretAtAll() {
        IssuedCredentials issued = service.create(request(TokenEndpointAuthMethod.NONE), "alice");

        assertNull(issued.clientSecret());
        assertNull(stored.findAll().get(0).getSecretHash());
        assertEquals(ClientType.PUBLIC, stored.findAll().get(0).getClientType());
    }

    @Test
    void whenTwoCreatedThenClientIdsDifferAndAreLong() {
        String first = service.create(request(null), "alice").application().clientId();
        String second = service.create(request(null), "alice").application().clientId();

        assertNotEquals(first, second);
        assertTrue(first.length() >= 32, first);
    }

    @Test
    void whenRegisteredThroughRfc7591ThenAnonymousWithHashedRegistrationToken() {
        IssuedCredentials issued = service.register(request(null), Registrant.SELF_SERVICE);

        Application application = stored.findAll().get(0);
        assertNull(application.getOwner());
        assertNotNull(issued.registrationAccessToken());
        assertNotEquals(issued.registrationAccessToken(), application.getRegistrationTokenHash());
        assertEquals(
                application.getClientId(),
                service.readRegistration(application.getClientId(), issued.registrationAccessToken())
                        .clientId());
    }

    @Test
    void whenRegisteredWithOpenIdMetadataThenItIsStoredAndAnUpdateReplacesIt() {
        ApplicationRequest plain = request(null);
        ApplicationRequest withOpenId = new ApplicationRequest(
                plain.name(),
                plain.website(),
                null,
                plain.redirectUris(),
                null,
                plain.scope(),
                null,
                new OpenIdClientMetadata(List.of("https://app.example/bye"), "RS256", 900));

        IssuedCredentials issued = service.register(withOpenId, Registrant.SELF_SERVICE);

        Application application = stored.findAll().get(0);
        assertEquals(List.of("https://app.example/bye"), application.getPostLogoutRedirectUris());
        assertEquals(900, application.getDefaultMaxAge());
        assertEquals(List.of("https://app.example/bye"), issued.application().postLogoutRedirectUris());
        String clientId = issued.application().clientId();
        ApplicationView replaced = service.replaceRegistration(clientId, issued.registrationAccessToken(), plain)
                .application();
        assertEquals(List.of(), replaced.postLogoutRedirectUris());
        assertNull(replaced.defaultMaxAge());
    }

    @Test
    void whenRegistrationTokenWrongOrMissingThenInvalidToken() {
        String clientId = service.register(request(null), Registrant.SELF_SERVICE)
                .application()
                .clientId();

        for (String token : new String[] {"wrong", null}) {
            OAuthException e = assertThrows(OAuthException.class, () -> service.readRegistration(clientId, token));
            assertEquals(OAuthError.INVALID_TOKEN, e.error());
        }
        assertThrows(OAuthException.class, () -> service.deleteRegistration(clientId, "wrong"));
        assertEquals(1, stored.findAll().size());
    }

    @Test
    void whenSecretRegeneratedThenOldNoLongerMatchesAndNewDoes() {
        IssuedCredentials issued = service.create(request(null), "alice");
        String clientId = issued.application().clientId();

        String renewed = service.regenerateSecret(clientId, "alice");

        String hash = stored.findAll().get(0).getSecretHash();
        assertFalse(hasher.matches(issued.clientSecret(), hash));
        assertTrue(hasher.matches(renewed, hash));
    }

    @Test
    void whenAnotherUserTouchesTheApplicationThenDeniedAndNothingChanges() {
        IssuedCredentials issued = service.create(request(null), "alice");
        String clientId = issued.application().clientId();
        String hash = stored.findAll().get(0).getSecretHash();

        assertThrows(ApplicationAccessDeniedException.class, () -> service.findOwned(clientId, "bob"));
        assertThrows(ApplicationAccessDeniedException.class, () -> service.regenerateSecret(clientId, "bob"));
        assertThrows(ApplicationAccessDeniedException.class, () -> service.delete(clientId, "bob"));
        assertThrows(ApplicationAccessDeniedException.class, () -> service.update(clientId, "bob", request(null)));
        assertEquals(hash, stored.findAll().get(0).getSecretHash());
        assertEquals(1, stored.findAll().size());
    }

    @Test
    void whenOwnerDeletesThenGone() {
        String clientId = service.create(request(null), "alice").application().clientId();

        service.delete(clientId, "alice");

        assertTrue(stored.findAll().isEmpty());
    }

    @Test
    void whenApprovalIsAdminThenNewApplicationsPendingUntilApproved() {
        ApplicationService strict = container(Map.of("grantry.client.registration.approval", "admin"))
                .get(ApplicationService.class);

        String created = strict.create(request(null), "alice").application().clientId();
        assertEquals(ApplicationStatus.PENDING, statusOf(created));
        String registered = strict.register(request(null), Registrant.SELF_SERVICE)
                .application()
                .clientId();
        assertEquals(ApplicationStatus.PENDING, statusOf(registered));

        assertEquals("active", strict.approve(created, "admin").status());
        assertEquals(ApplicationStatus.ACTIVE, statusOf(created));
        assertEquals("disabled", strict.disable(created, "admin").status());
        assertEquals(ApplicationStatus.DISABLED, statusOf(created));
    }

    @Test
    void whenAdminRejectsThenDisabled() {
        ApplicationService strict = container(Map.of("grantry.client.registration.approval", "admin"))
                .get(ApplicationService.class);
        String created = strict.create(request(null), "alice").application().clientId();

        assertEquals("disabled", strict.reject(created, "admin").status());
        assertEquals(ApplicationStatus.DISABLED, statusOf(created));
    }

    /** The stored application's status. */
    private ApplicationStatus statusOf(String clientId) {
        return stored.findByClientId(clientId).orElseThrow().getStatus();
    }

    @Test
    void whenScopeUnknownThenInvalidClientMetadataAndNothingStored() {
        ApplicationRequest bad = new ApplicationRequest(
                "App", null, null, List.of("https://app.example/cb"), null, "repo:read no:such", null);

        OAuthException e = assertThrows(OAuthException.class, () -> service.create(bad, "alice"));

        assertEquals(OAuthError.INVALID_CLIENT_METADATA, e.error());
        assertTrue(e.description().contains("no:such"), e.description());
        assertTrue(stored.findAll().isEmpty());
    }

    @Test
    void whenFieldOversizedThenInvalidClientMetadata() {
        ApplicationRequest huge = new ApplicationRequest(
                "x".repeat(1_000_000), null, null, List.of("https://app.example/cb"), null, null, null);

        OAuthException e = assertThrows(OAuthException.class, () -> service.create(huge, "alice"));

        assertEquals(OAuthError.INVALID_CLIENT_METADATA, e.error());
        assertTrue(e.description().length() < 200, "the description does not echo the input");
    }

    @Test
    void whenTooManyRedirectUrisThenInvalidRedirectUri() {
        List<String> uris =
                IntStream.range(0, 21).mapToObj(i -> "https://app.example/" + i).toList();
        ApplicationRequest many = new ApplicationRequest("App", null, null, uris, null, null, null);

        OAuthException e = assertThrows(OAuthException.class, () -> service.create(many, "alice"));

        assertEquals(OAuthError.INVALID_REDIRECT_URI, e.error());
    }

    @Test
    void whenPublicClientAsksForClientCredentialsThenInvalidClientMetadata() {
        ApplicationRequest bad = new ApplicationRequest(
                "App",
                null,
                null,
                List.of(),
                Set.of(GrantType.CLIENT_CREDENTIALS.value()),
                null,
                TokenEndpointAuthMethod.NONE.value());

        OAuthException e = assertThrows(OAuthException.class, () -> service.create(bad, "alice"));

        assertEquals(OAuthError.INVALID_CLIENT_METADATA, e.error());
    }

    @Test
    void whenAuthorizationCodeWithoutRedirectUriThenInvalidRedirectUri() {
        ApplicationRequest bad = new ApplicationRequest("App", null, null, List.of(), null, null, null);

        OAuthException e = assertThrows(OAuthException.class, () -> service.create(bad, "alice"));

        assertEquals(OAuthError.INVALID_REDIRECT_URI, e.error());
    }

    @Test
    void whenUpdatedToPublicThenSecretDroppedAndBackToConfidentialIssuesANewOne() {
        String clientId = service.create(request(null), "alice").application().clientId();

        IssuedCredentials toPublic = service.update(clientId, "alice", request(TokenEndpointAuthMethod.NONE));
        assertNull(toPublic.clientSecret());
        assertNull(stored.findAll().get(0).getSecretHash());

        IssuedCredentials back = service.update(clientId, "alice", request(TokenEndpointAuthMethod.CLIENT_SECRET_POST));
        assertNotNull(back.clientSecret());
        assertTrue(hasher.matches(back.clientSecret(), stored.findAll().get(0).getSecretHash()));
    }

    @Test
    void whenListedThenTheOwnersApplicationsForThemAndEveryApplicationForAdministrators() {
        String alices = service.create(request(null), "alice").application().clientId();
        String bobs = service.create(request(null), "bob").application().clientId();
        String anonymous = service.register(request(null), Registrant.SELF_SERVICE)
                .application()
                .clientId();

        assertEquals(
                List.of(alices),
                service.listOwnedBy("alice").stream()
                        .map(ApplicationView::clientId)
                        .toList());
        assertEquals(
                Set.of(alices, bobs, anonymous),
                Set.copyOf(service.listAll().stream()
                        .map(ApplicationView::clientId)
                        .toList()));
    }

    @Test
    void whenAPublicClientAsksForANewSecretThenInvalidClientMetadata() {
        String clientId = service.create(request(TokenEndpointAuthMethod.NONE), "alice")
                .application()
                .clientId();

        OAuthException e = assertThrows(OAuthException.class, () -> service.regenerateSecret(clientId, "alice"));

        assertEquals(OAuthError.INVALID_CLIENT_METADATA, e.error());
    }

    @Test
    void whenARegistrationIsReplacedWithItsTokenThenEveryFieldIsNewAndTheTokenStillWorks() {
        IssuedCredentials issued = service.register(request(null), Registrant.SELF_SERVICE);
        String clientId = issued.application().clientId();

        IssuedCredentials replaced = service.replaceRegistration(
                clientId,
                issued.registrationAccessToken(),
                new ApplicationRequest(
                        "Renamed", null, null, List.of("https://app.example/other"), null, "openid", null));

        assertEquals("Renamed", replaced.application().name());
        assertEquals(
                List.of("https://app.example/other"), replaced.application().redirectUris());
        assertEquals(issued.registrationAccessToken(), replaced.registrationAccessToken());
        Application application = stored.findByClientId(clientId).orElseThrow();
        assertEquals("Renamed", application.getName());
        assertEquals(Set.of("openid"), application.getScopes());
        assertEquals(List.of("https://app.example/other"), application.getRedirectUris());
        assertEquals(
                OAuthError.INVALID_TOKEN,
                assertThrows(OAuthException.class, () -> service.replaceRegistration(clientId, "wrong", request(null)))
                        .error());
    }

    @Test
    void whenARegistrationIsDeletedWithItsTokenThenGone() {
        IssuedCredentials issued = service.register(request(null), Registrant.SELF_SERVICE);

        service.deleteRegistration(issued.application().clientId(), issued.registrationAccessToken());

        assertTrue(stored.findAll().isEmpty());
    }

    @Test
    void whenTheOwnerCreatesChangesRegeneratesAndDeletesThenEachChangeIsRecordedWithTheOwnerAsActor() {
        RecordedEvents events = new RecordedEvents(db);

        String clientId = service.create(request(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC), "alice")
                .application()
                .clientId();
        service.update(clientId, "alice", request(TokenEndpointAuthMethod.NONE));
        service.update(clientId, "alice", request(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC));
        service.regenerateSecret(clientId, "alice");
        service.delete(clientId, "alice");

        String about = "actor=alice user=alice client=" + clientId;
        assertEquals(
                List.of(
                        "APPLICATION_CREATED/SUCCESS " + about + " scopes=event:write detail=settings page",
                        "APPLICATION_UPDATED/SUCCESS " + about
                                + " scopes=event:write detail=now public: its client secret was dropped",
                        "APPLICATION_UPDATED/SUCCESS " + about
                                + " scopes=event:write detail=now confidential: a client secret was issued",
                        "APPLICATION_SECRET_REGENERATED/SUCCESS " + about,
                        "APPLICATION_DELETED/SUCCESS " + about
                                + " scopes=event:write detail=With its authorizations and tokens"),
                events.since());
    }

    @Test
    void whenRegisteredReviewedAndManagedByTokenThenTheAdministratorAndTheClientAreTheActors() {
        ApplicationService strict = container(Map.of("grantry.client.registration.approval", "admin"))
                .get(ApplicationService.class);
        RecordedEvents events = new RecordedEvents(db);

        IssuedCredentials registered = strict.register(request(null), Registrant.ADMINISTRATOR);
        String clientId = registered.application().clientId();
        strict.approve(clientId, "admin");
        strict.replaceRegistration(
                clientId, registered.registrationAccessToken(), request(TokenEndpointAuthMethod.NONE));
        strict.reject(clientId, "admin");
        strict.disable(clientId, "admin");
        strict.deleteRegistration(clientId, registered.registrationAccessToken());

        String client = " client=" + clientId;
        String revoked = " detail=Its authorizations and tokens were revoked";
        assertEquals(
                List.of(
                        "APPLICATION_CREATED/SUCCESS" + client
                                + " scopes=event:write detail=RFC 7591 registration, with the initial access token,"
                                + " pending approval",
                        "APPLICATION_APPROVED/SUCCESS actor=admin" + client,
                        "APPLICATION_UPDATED/SUCCESS actor=client:" + clientId + client
                                + " scopes=event:write detail=back to pending approval; now public: its client"
                                + " secret was dropped",
                        "APPLICATION_REJECTED/SUCCESS actor=admin" + client + revoked,
                        "APPLICATION_DISABLED/SUCCESS actor=admin" + client + revoked,
                        "APPLICATION_DELETED/SUCCESS actor=client:" + clientId + client
                                + " scopes=event:write detail=With its authorizations and tokens"),
                events.since());
    }

    @Test
    void whenAChangeIsRefusedThenNothingIsRecorded() {
        String clientId = service.create(request(null), "alice").application().clientId();
        RecordedEvents events = new RecordedEvents(db);
        ApplicationRequest bad = new ApplicationRequest(
                "App", null, null, List.of("https://app.example/cb"), null, "repo:read no:such", null);

        assertThrows(OAuthException.class, () -> service.create(bad, "alice"));
        assertThrows(OAuthException.class, () -> service.update(clientId, "alice", bad));
        assertThrows(ApplicationAccessDeniedException.class, () -> service.delete(clientId, "bob"));

        assertEquals(List.of(), events.since());
    }
}
