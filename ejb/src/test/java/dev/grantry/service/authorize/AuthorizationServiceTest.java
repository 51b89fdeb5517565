package dev.grantry.service.authorize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.authorize.AuthorizationCode;
import dev.grantry.persistence.authorize.AuthorizationCodeRepository;
import dev.grantry.persistence.authorize.Consent;
import dev.grantry.persistence.authorize.PendingAuthorization;
import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ApplicationStatus;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.persistence.user.User;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.scope.ScopeView;
import dev.grantry.service.secret.SecretHasher;
import dev.grantry.service.testing.Fixtures;
import dev.grantry.service.testing.RecordedEvents;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthorizationServiceTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final Instant NOW = Instant.parse("2026-07-01T10:00:00Z");
    static final String CALLBACK = "https://conf.example/cb";
    static final String ISS = "iss=https%3A%2F%2Fgrantry.test";

    final TestContainer container = at(NOW);
    final AuthorizationService service = container.get(AuthorizationService.class);
    final Fixtures stored = new Fixtures(db, container);
    final Application confidential = stored.confidential(
            "conf",
            "secret",
            Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN),
            Set.of("repo:read", "user:read"));
    final Application publicClient =
            stored.publicClient("pub", Set.of(GrantType.AUTHORIZATION_CODE), Set.of("repo:read"));
    final User alice = stored.user("alice");
    final User bob = stored.user("bob");

    /** A request validated by {@code server} and opened by alice, who has signed in: its pending id. */
    static String begin(AuthorizationService server, Map<String, List<String>> request) {
        return server.open(server.begin(request), "alice", null);
    }

    /** The server's beans with the clock at {@code now}. */
    static TestContainer at(Instant now) {
        return new TestContainer(db, Clock.fixed(now, ZoneOffset.UTC), TestSettings.settings());
    }

    @Test
    void whenOpenedBySignedInUserThenPendingBoundToThemAndShown() {
        String id = begin(service, request("conf", "repo:read user:read"));

        ConsentView view = service.show(id, "alice");

        assertEquals(
                new ConsentView(
                        "App conf",
                        null,
                        null,
                        List.of(
                                new ScopeView("repo:read", "View all visible repositories"),
                                new ScopeView("user:read", "Read your user information"))),
                view);
        PendingAuthorization pending = pending(id);
        assertEquals(alice.getId(), pending.getUserId());
        assertEquals(Set.of("repo:read", "user:read"), pending.getScopes());
        assertEquals(CALLBACK, pending.getEffectiveRedirectUri());
        assertEquals("xyz", pending.getState());
        assertEquals(NOW, pending.getCreatedAt());
    }

    @Test
    void whenAThousandAnonymousRequestsBeginThenTheDatabaseHasNoNewRow() {
        for (int i = 0; i < 1_000; i++) {
            assertEquals("conf", service.begin(request("conf", "repo:read")).clientId());
        }

        for (String table : List.of("pending_authorization", "authorization_code", "consent")) {
            assertEquals(List.of("0"), db.column("SELECT COUNT(*) FROM " + table), table);
        }
    }

    @Test
    void whenOpenedAfterItsLifetimeOrWhenItsApplicationIsNoLongerActiveThenRefusedWithoutRedirect() {
        PendingRequest request = service.begin(request("conf", "repo:read"));
        AuthorizationService late =
                at(NOW.plus(Duration.ofMinutes(10)).plusSeconds(1)).get(AuthorizationService.class);

        assertFalse(assertThrows(AuthorizationRequestException.class, () -> late.open(request, "alice", null))
                .isRedirectable());
        db.update(Application.class, confidential.getId(), app -> app.setStatus(ApplicationStatus.DISABLED));
        assertFalse(assertThrows(AuthorizationRequestException.class, () -> service.open(request, "alice", null))
                .isRedirectable());
        assertTrue(db.all(PendingAuthorization.class).isEmpty());
    }

    @Test
    void whenTwoRequestsOfOneUserForOneApplicationAreApprovedConcurrentlyThenBothGetCodesAndOneConsentHoldsAll()
            throws Exception {
        String first = begin(service, request("conf", "repo:read"));
        String second = begin(service, request("conf", "user:read"));

        List<String> redirects =
                db.overlapping(() -> service.approve(first, "alice"), () -> service.approve(second, "alice"));

        assertTrue(redirects.stream().allMatch(r -> r.startsWith(CALLBACK + "?code=")), redirects::toString);
        assertEquals(2, db.all(AuthorizationCode.class).size());
        List<Consent> consents = db.all(Consent.class);
        assertEquals(1, consents.size());
        assertEquals(Set.of("repo:read", "user:read"), consents.get(0).getScopes());
    }

    @Test
    void whenTheRequestIsRefusedThenNothingIsPending() {
        AuthorizationRequestException e =
                assertThrows(AuthorizationRequestException.class, () -> begin(service, request("nobody", "repo:read")));

        assertFalse(e.isRedirectable());
        assertTrue(db.all(PendingAuthorization.class).isEmpty());
    }

    @Test
    void whenAnotherUserOpensABoundRequestThenRefusedWithoutRedirect() {
        String id = begin(service, request("conf", "repo:read"));
        service.show(id, "alice");

        for (Runnable other : List.<Runnable>of(
                () -> service.show(id, "bob"), () -> service.approve(id, "bob"), () -> service.deny(id, "bob"))) {
            AuthorizationRequestException e = assertThrows(AuthorizationRequestException.class, other::run);
            assertFalse(e.isRedirectable());
        }
        assertEquals(alice.getId(), pending(id).getUserId());
    }

    @Test
    void whenUnknownMissingOrExpiredThenRefusedWithoutRedirect() {
        String id = begin(service, request("conf", "repo:read"));

        for (String unknown : new String[] {"unknown", "", null}) {
            assertFalse(assertThrows(AuthorizationRequestException.class, () -> service.show(unknown, "alice"))
                    .isRedirectable());
        }
        AuthorizationService atTheEnd = at(NOW.plus(Duration.ofMinutes(10))).get(AuthorizationService.class);
        AuthorizationService after =
                at(NOW.plus(Duration.ofMinutes(10)).plusSeconds(1)).get(AuthorizationService.class);
        assertFalse(assertThrows(AuthorizationRequestException.class, () -> after.show(id, "alice"))
                .isRedirectable());
        assertEquals("App conf", atTheEnd.show(id, "alice").applicationName());
    }

    @Test
    void whenAnotherRequestBeginsThenRequestsOlderThanTheirLifetimeAreRemoved() {
        String old = begin(service, request("conf", "repo:read"));
        String recent = begin(
                at(NOW.plus(Duration.ofMinutes(5))).get(AuthorizationService.class), request("conf", "repo:read"));

        String latest = begin(
                at(NOW.plus(Duration.ofMinutes(11))).get(AuthorizationService.class), request("conf", "repo:read"));

        assertEquals(
                Set.of(recent, latest),
                Set.copyOf(db.all(PendingAuthorization.class).stream()
                        .map(PendingAuthorization::getId)
                        .toList()));
    }

    @Test
    void whenApprovedThenTheRedirectCarriesACodeStoredOnlyHashedAndTheConsentIsRemembered() {
        String id = begin(service, request("conf", "repo:read"));

        String redirect = service.approve(id, "alice");

        Map<String, String> answer = query(redirect);
        assertTrue(redirect.startsWith(CALLBACK + "?code="), redirect);
        assertTrue(redirect.endsWith("&state=xyz&" + ISS), redirect);
        String code = answer.get("code");
        assertTrue(code.length() >= 43, "256 bits");
        assertTrue(
                db.column("SELECT code_hash FROM authorization_code").stream().noneMatch(h -> h.contains(code)));
        AuthorizationCode stored = container
                .get(AuthorizationCodeRepository.class)
                .findByHash(container.get(SecretHasher.class).hash(code))
                .orElseThrow();
        assertEquals(alice.getId(), stored.getUser().getId());
        assertEquals(confidential.getId(), stored.getApplication().getId());
        assertEquals(Set.of("repo:read"), stored.getScopes());
        assertNull(stored.getRedirectUri(), "the request sent none");
        assertEquals(NOW.plusSeconds(60), stored.getExpiresAt());
        assertEquals(Set.of("repo:read"), consentOf(alice).getScopes());
        assertTrue(db.all(PendingAuthorization.class).isEmpty(), "a request is answered once");
        assertThrows(AuthorizationRequestException.class, () -> service.approve(id, "alice"));
    }

    @Test
    void whenDeniedThenAccessDeniedIsRedirectedAndNothingIsGranted() {
        String id = begin(service, request("conf", "repo:read"));

        String redirect = service.deny(id, "alice");

        assertEquals(
                CALLBACK + "?error=access_denied&error_description=The+user+denied+the+request.&state=xyz&" + ISS,
                redirect);
        assertTrue(db.all(PendingAuthorization.class).isEmpty());
        assertTrue(db.all(AuthorizationCode.class).isEmpty());
        assertTrue(db.all(Consent.class).isEmpty());
    }

    @Test
    void whenTheUserAlreadyGrantedEveryScopeThenApprovedWithoutAsking() {
        service.approve(begin(service, request("conf", "repo:read user:read")), "alice");

        String redirect = service.approveIfRemembered(begin(service, request("conf", "user:read")), "alice")
                .orElseThrow();

        assertTrue(query(redirect).containsKey("code"), redirect);
        assertEquals(2, db.all(AuthorizationCode.class).size());
    }

    @Test
    void whenAScopeWasNotGrantedYetOrTheClientIsPublicThenTheUserIsAsked() {
        service.approve(begin(service, request("conf", "repo:read")), "alice");
        service.approve(begin(service, request("pub", "repo:read")), "alice");

        String wider = begin(service, request("conf", "repo:read user:read"));
        String forPublic = begin(service, request("pub", "repo:read"));

        assertTrue(service.approveIfRemembered(wider, "alice").isEmpty());
        assertTrue(service.approveIfRemembered(forPublic, "alice").isEmpty());
        assertTrue(service.approveIfRemembered(
                        service.open(service.begin(request("conf", "repo:read")), "bob", null), "bob")
                .isEmpty());
        assertEquals(3, db.all(PendingAuthorization.class).size(), "still waiting for the user's decision");
    }

    @Test
    void whenMoreScopesAreApprovedLaterThenTheConsentHoldsThemAll() {
        service.approve(begin(service, request("conf", "repo:read")), "alice");

        at(NOW.plusSeconds(30))
                .get(AuthorizationService.class)
                .approve(begin(service, request("conf", "user:read")), "alice");

        Consent consent = consentOf(alice);
        assertEquals(Set.of("repo:read", "user:read"), consent.getScopes());
        assertEquals(NOW.plusSeconds(30), consent.getGrantedAt());
    }

    @Test
    void whenCodesExpiredMoreThanADayAgoThenTheNextCodeRemovesThem() {
        service.approve(begin(service, request("conf", "repo:read")), "alice");
        AuthorizationService dayLater =
                at(NOW.plus(Duration.ofDays(1)).plusSeconds(60)).get(AuthorizationService.class);
        AuthorizationService afterThat =
                at(NOW.plus(Duration.ofDays(1)).plusSeconds(61)).get(AuthorizationService.class);

        dayLater.approve(begin(dayLater, request("conf", "repo:read")), "alice");
        assertEquals(2, db.all(AuthorizationCode.class).size(), "kept a day after expiring, for late replays");
        afterThat.approve(begin(afterThat, request("conf", "repo:read")), "alice");

        assertEquals(2, db.all(AuthorizationCode.class).size());
        assertTrue(
                db.all(AuthorizationCode.class).stream()
                        .allMatch(c -> c.getCreatedAt().isAfter(NOW)),
                "the first code is gone");
    }

    @Test
    void whenTheApplicationIsDisabledMeanwhileThenRefusedWithoutRedirect() {
        String id = begin(service, request("conf", "repo:read"));
        db.update(Application.class, confidential.getId(), app -> app.setStatus(ApplicationStatus.DISABLED));

        AuthorizationRequestException e =
                assertThrows(AuthorizationRequestException.class, () -> service.approve(id, "alice"));

        assertFalse(e.isRedirectable());
        assertTrue(db.all(AuthorizationCode.class).isEmpty());
    }

    @Test
    void whenTheUserIsUnknownThenRefusedWithoutRedirect() {
        String id = begin(service, request("conf", "repo:read"));

        assertFalse(assertThrows(AuthorizationRequestException.class, () -> service.show(id, "ghost"))
                .isRedirectable());
    }

    @Test
    void whenAnErrorIsRedirectedThenItsParametersAreAddedToTheQueryWithoutEmptyOnes() {
        assertEquals(
                "https://app.example/cb?x=1&error=invalid_scope&error_description=No+such+scope%3A+a%26b&" + ISS,
                service.errorRedirect(
                        "https://app.example/cb?x=1", OAuthError.INVALID_SCOPE, "No such scope: a&b", null));
    }

    /** An authorization request of {@code clientId} for {@code scope}, with the state {@code xyz}. */
    private static Map<String, List<String>> request(String clientId, String scope) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("response_type", List.of("code"));
        parameters.put("client_id", List.of(clientId));
        parameters.put("scope", List.of(scope));
        parameters.put("state", List.of("xyz"));
        if (clientId.equals("pub")) {
            parameters.put("code_challenge", List.of(Pkce.s256("v".repeat(43))));
            parameters.put("code_challenge_method", List.of(Pkce.S256));
        }
        return parameters;
    }

    private static Map<String, String> query(String uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : URI.create(uri).getRawQuery().split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            parameters.put(nameAndValue[0], URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static PendingAuthorization pending(String id) {
        return db.all(PendingAuthorization.class).stream()
                .filter(p -> p.getId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static Consent consentOf(User user) {
        return db.all(Consent.class).stream()
                .filter(c -> c.getUserId().equals(user.getId()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void whenConsentIsRememberedThenTheConsentIsRecordedAsRememberedWithTheCode() {
        service.approve(begin(service, request("conf", "repo:read user:read")), "alice");
        RecordedEvents events = new RecordedEvents(db);

        assertTrue(service.approveIfRemembered(begin(service, request("conf", "repo:read")), "alice")
                .isPresent());

        assertEquals(
                List.of(
                        "CONSENT_GRANTED/SUCCESS actor=alice user=alice client=conf scopes=repo:read"
                                + " detail=remembered consent",
                        "CODE_ISSUED/SUCCESS actor=alice user=alice client=conf scopes=repo:read"),
                events.since());
    }

    @Test
    void whenTheUserDeniesThenTheDenialIsRecorded() {
        String id = begin(service, request("conf", "repo:read"));
        RecordedEvents events = new RecordedEvents(db);

        service.deny(id, "alice");

        assertEquals(
                List.of("CONSENT_DENIED/FAILURE actor=alice user=alice client=conf scopes=repo:read"
                        + " detail=consent page"),
                events.since());
    }

    @Test
    void whenTheConsentFailsThenNothingIsRecorded() {
        String id = begin(service, request("conf", "repo:read"));
        RecordedEvents events = new RecordedEvents(db);

        assertThrows(AuthorizationRequestException.class, () -> service.approve(id, "bob"));

        assertEquals(List.of(), events.since());
    }

    @Test
    void whenTheApplicationIsPendingThenTheRefusedRequestIsRecordedAlone() {
        db.update(Application.class, confidential.getId(), a -> a.setStatus(ApplicationStatus.PENDING));
        RecordedEvents events = new RecordedEvents(db);

        assertThrows(AuthorizationRequestException.class, () -> service.begin(request("conf", "repo:read")));

        assertEquals(
                List.of("REFUSED_APPLICATION_PENDING/FAILURE client=conf"
                        + " detail=Authorization request: the application waits for an administrator's approval"),
                events.since());
    }
}
