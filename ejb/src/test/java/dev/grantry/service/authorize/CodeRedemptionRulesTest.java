package dev.grantry.service.authorize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.grantry.persistence.authorize.AuthorizationCode;
import dev.grantry.persistence.authorize.PendingAuthorization;
import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ApplicationStatus;
import dev.grantry.persistence.client.ClientType;
import dev.grantry.persistence.client.TokenEndpointAuthMethod;
import dev.grantry.persistence.user.Role;
import dev.grantry.persistence.user.User;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodeRedemptionRulesTest {

    private static final String CALLBACK = "https://app.example/cb";
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private static final Instant ISSUED = Instant.parse("2026-01-01T12:00:00Z");
    private static final Instant SOON = ISSUED.plusSeconds(10);

    private final Application client = application("client");
    private final User user = new User("alice", null, null, "hash", Set.of(Role.USER), ISSUED);

    @Test
    void whenEverythingMatchesThenAcceptedAndAnyOneDifferenceIsRefused() {
        AuthorizationCode code = code(CALLBACK, Pkce.s256(VERIFIER));

        CodeRedemptionRules.check(code, client, CALLBACK, VERIFIER, SOON);

        assertInvalidGrant(code, application("other"), CALLBACK, VERIFIER, SOON);
        assertInvalidGrant(code, client, CALLBACK + "/", VERIFIER, SOON);
        assertInvalidGrant(code, client, CALLBACK, VERIFIER.replace('d', 'e'), SOON);
        assertInvalidGrant(code, client, CALLBACK, VERIFIER, code.getExpiresAt());
    }

    @Test
    void whenAnotherClientPresentsTheCodeThenInvalidGrant() {
        assertInvalidGrant(code(CALLBACK, null), application("other"), CALLBACK, null, SOON);
    }

    @Test
    void whenExpiredThenInvalidGrant() {
        assertInvalidGrant(code(CALLBACK, null), client, CALLBACK, null, ISSUED.plus(Duration.ofSeconds(60)));
    }

    @Test
    void whenRedirectUriDiffersOrMissingThenInvalidGrant() {
        assertInvalidGrant(code(CALLBACK, null), client, "https://app.example/other", null, SOON);
        assertInvalidGrant(code(CALLBACK, null), client, null, null, SOON);
    }

    @Test
    void whenAuthorizationRequestOmittedRedirectUriThenTokenRequestMayOmitItOrSendARegisteredOne() {
        CodeRedemptionRules.check(code(null, null), client, null, null, SOON);
        CodeRedemptionRules.check(code(null, null), client, CALLBACK, null, SOON);

        assertInvalidGrant(code(null, null), client, "https://evil.example/cb", null, SOON);
    }

    @Test
    void whenVerifierMissingOrWrongThenInvalidGrant() {
        AuthorizationCode code = code(CALLBACK, Pkce.s256(VERIFIER));

        assertInvalidGrant(code, client, CALLBACK, null, SOON);
        assertInvalidGrant(code, client, CALLBACK, VERIFIER.replace('d', 'e'), SOON);
    }

    @Test
    void whenVerifierSentWithoutChallengeThenInvalidGrant() {
        assertInvalidGrant(code(CALLBACK, null), client, CALLBACK, VERIFIER, SOON);
    }

    private static void assertInvalidGrant(
            AuthorizationCode code, Application client, String redirectUri, String verifier, Instant now) {
        OAuthException e = assertThrows(
                OAuthException.class, () -> CodeRedemptionRules.check(code, client, redirectUri, verifier, now));
        assertEquals(OAuthError.INVALID_GRANT, e.error());
    }

    private AuthorizationCode code(String redirectUri, String challenge) {
        PendingAuthorization request = new PendingAuthorization(
                "id",
                client,
                redirectUri,
                CALLBACK,
                Set.of("repo:read"),
                "state",
                challenge,
                challenge == null ? null : Pkce.S256,
                ISSUED);
        return new AuthorizationCode("hs256:hash", request, user, ISSUED, ISSUED.plus(Duration.ofSeconds(60)));
    }

    private static Application application(String clientId) {
        Application application = new Application(
                clientId,
                "App",
                null,
                ClientType.CONFIDENTIAL,
                TokenEndpointAuthMethod.CLIENT_SECRET_BASIC,
                ApplicationStatus.ACTIVE,
                ISSUED);
        application.setRedirectUris(List.of(CALLBACK));
        return application;
    }
}
