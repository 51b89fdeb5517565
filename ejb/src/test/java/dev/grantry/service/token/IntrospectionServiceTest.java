package dev.grantry.service.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.SignedJWT;
import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.grant.IssuedToken;
import dev.grantry.persistence.grant.IssuedTokenRepository;
import dev.grantry.persistence.grant.TokenKind;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.persistence.user.User;
import dev.grantry.service.client.ClientCredentials;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.testing.Fixtures;
import dev.grantry.service.testing.RecordedEvents;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IntrospectionServiceTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    final TestContainer container = at(NOW);
    final IntrospectionService introspection = container.get(IntrospectionService.class);
    final TokenIssuer issuer = container.get(TokenIssuer.class);
    final Fixtures stored = new Fixtures(db, container);
    final Application client = stored.confidential(
            "client",
            "secret",
            Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN),
            Set.of("repo:read", "user:read"));
    final Application other =
            stored.confidential("other", "secret", Set.of(GrantType.CLIENT_CREDENTIALS), Set.of("repo:read"));
    final Application resourceServer = stored.confidential(
            "rs",
            "secret",
            Set.of(GrantType.CLIENT_CREDENTIALS),
            Set.of(IntrospectionService.INTROSPECT_SCOPE, "repo:read"));
    final User alice = stored.user("alice");
    final IssuedTokens aliceTokens = issuer.issue(client, alice, Set.of("user:read", "repo:read"), null, true);

    static TestContainer at(Instant now) {
        return new TestContainer(db, Clock.fixed(now, ZoneOffset.UTC), TestSettings.settings());
    }

    static ClientCredentials secretOf(String clientId) {
        return new ClientCredentials(null, clientId, "secret");
    }

    @Test
    void whenAClientIntrospectsItsAccessTokenThenActiveWithEveryMember() throws Exception {
        Introspection result = introspection.introspect(null, secretOf("client"), aliceTokens.accessToken());

        String jti =
                SignedJWT.parse(aliceTokens.accessToken()).getJWTClaimsSet().getJWTID();
        assertEquals(
                new Introspection(
                        true,
                        "repo:read user:read",
                        "client",
                        "alice",
                        "alice",
                        TestSettings.ISSUER,
                        TestSettings.ISSUER,
                        NOW.plusSeconds(3600),
                        NOW,
                        jti,
                        "Bearer"),
                result);
    }

    @Test
    void whenAClientIntrospectsItsRefreshTokenThenActiveAsARefreshTokenWithoutAudience() {
        Introspection result = introspection.introspect(null, secretOf("client"), aliceTokens.refreshToken());

        IssuedToken record = refreshRecord();
        assertEquals(
                new Introspection(
                        true,
                        "repo:read user:read",
                        "client",
                        "alice",
                        "alice",
                        null,
                        TestSettings.ISSUER,
                        NOW.plus(Duration.ofDays(30)),
                        NOW,
                        record.getJti(),
                        "refresh_token"),
                result);
    }

    @Test
    void whenATokenOfTheClientItselfThenTheClientIsTheSubject() {
        String own = issuer.issue(other, null, Set.of("repo:read"), null, false).accessToken();

        Introspection result = introspection.introspect(null, secretOf("other"), own);

        assertTrue(result.active());
        assertEquals(null, result.username());
        assertEquals("other", result.subject());
    }

    @Test
    void whenAnotherClientAsksThenInactiveAndNothingElse() {
        for (String token : new String[] {aliceTokens.accessToken(), aliceTokens.refreshToken()}) {
            assertEquals(Introspection.INACTIVE, introspection.introspect(null, secretOf("other"), token));
        }
    }

    @Test
    void whenUnknownOrMalformedThenInactive() {
        for (String token : new String[] {"unknown-refresh-token", "a.b.c", "eyJhbGciOiJub25lIn0.e30."}) {
            assertEquals(Introspection.INACTIVE, introspection.introspect(null, secretOf("client"), token), token);
        }
    }

    @Test
    void whenRevokedThenInactive() {
        container.get(RevocationService.class).revoke(secretOf("client"), aliceTokens.refreshToken());

        assertEquals(
                Introspection.INACTIVE, introspection.introspect(null, secretOf("client"), aliceTokens.accessToken()));
        assertEquals(
                Introspection.INACTIVE, introspection.introspect(null, secretOf("client"), aliceTokens.refreshToken()));
    }

    @Test
    void whenTheRefreshTokenWasUsedOrItsUserDisabledThenInactive() {
        IssuedTokens bobs = issuer.issue(client, stored.user("bob"), Set.of("repo:read"), null, true);
        db.inTransaction(() -> container
                .get(IssuedTokenRepository.class)
                .markUsed(refreshRecord().getJti(), NOW));
        db.update(User.class, alice.getId(), user -> user.setEnabled(false));

        assertFalse(introspection
                .introspect(null, secretOf("client"), aliceTokens.refreshToken())
                .active());
        assertFalse(introspection
                .introspect(null, secretOf("client"), aliceTokens.accessToken())
                .active());
        assertTrue(introspection
                .introspect(null, secretOf("client"), bobs.refreshToken())
                .active());
    }

    @Test
    void whenExpiredThenInactive() {
        IntrospectionService later = at(NOW.plus(Duration.ofDays(30))).get(IntrospectionService.class);

        assertEquals(Introspection.INACTIVE, later.introspect(null, secretOf("client"), aliceTokens.accessToken()));
        assertEquals(Introspection.INACTIVE, later.introspect(null, secretOf("client"), aliceTokens.refreshToken()));
    }

    @Test
    void whenAResourceServersBearerTokenHoldsTheIntrospectionScopeThenItLearnsAboutAnyToken() {
        String bearer = issuer.issue(resourceServer, null, Set.of(IntrospectionService.INTROSPECT_SCOPE), null, false)
                .accessToken();

        Introspection access = introspection.introspect(bearer, null, aliceTokens.accessToken());
        Introspection refresh = introspection.introspect(bearer, null, aliceTokens.refreshToken());

        assertTrue(access.active());
        assertEquals("client", access.clientId());
        assertTrue(refresh.active());
    }

    @Test
    void whenTheIntrospectionScopeCameFromAUserOrWasTakenAwayThenRefused() {
        String delegated = issuer.issue(client, alice, Set.of(IntrospectionService.INTROSPECT_SCOPE), null, false)
                .accessToken();
        String bearer = issuer.issue(resourceServer, null, Set.of(IntrospectionService.INTROSPECT_SCOPE), null, false)
                .accessToken();
        db.update(Application.class, resourceServer.getId(), a -> a.setScopes(Set.of("repo:read")));

        for (String token : List.of(delegated, bearer)) {
            assertEquals(
                    OAuthError.INSUFFICIENT_SCOPE,
                    assertThrows(
                                    OAuthException.class,
                                    () -> introspection.introspect(token, null, aliceTokens.accessToken()))
                            .error());
        }
    }

    @Test
    void whenTheBearerTokenLacksTheScopeOrIsInvalidThenRefused() {
        String bearer = issuer.issue(resourceServer, null, Set.of("repo:read"), null, false)
                .accessToken();

        assertEquals(
                OAuthError.INSUFFICIENT_SCOPE,
                assertThrows(
                                OAuthException.class,
                                () -> introspection.introspect(bearer, null, aliceTokens.accessToken()))
                        .error());
        assertEquals(
                OAuthError.INVALID_TOKEN,
                assertThrows(
                                OAuthException.class,
                                () -> introspection.introspect("forged", null, aliceTokens.accessToken()))
                        .error());
    }

    @Test
    void whenTheCallerIsAPublicClientOrFailsToAuthenticateThenInvalidClient() {
        stored.publicClient("spa", Set.of(GrantType.AUTHORIZATION_CODE), Set.of("repo:read"));

        assertEquals(
                OAuthError.INVALID_CLIENT,
                assertThrows(
                                OAuthException.class,
                                () -> introspection.introspect(
                                        null, new ClientCredentials(null, "spa", null), aliceTokens.accessToken()))
                        .error());
        assertEquals(
                OAuthError.INVALID_CLIENT,
                assertThrows(
                                OAuthException.class,
                                () -> introspection.introspect(
                                        null,
                                        new ClientCredentials(null, "client", "wrong"),
                                        aliceTokens.accessToken()))
                        .error());
    }

    @Test
    void whenTheTokenParameterIsMissingThenInvalidRequest() {
        for (String token : new String[] {null, ""}) {
            assertEquals(
                    OAuthError.INVALID_REQUEST,
                    assertThrows(OAuthException.class, () -> introspection.introspect(null, secretOf("client"), token))
                            .error());
        }
    }

    private IssuedToken refreshRecord() {
        return db.all(IssuedToken.class).stream()
                .filter(t ->
                        t.getKind() == TokenKind.REFRESH && t.getUser().getId().equals(alice.getId()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void whenACallerIsRefusedThenEachRefusalIsRecordedAloneWithItsReason() {
        String delegated = issuer.issue(client, alice, Set.of(IntrospectionService.INTROSPECT_SCOPE), null, false)
                .accessToken();
        stored.publicClient("spa", Set.of(GrantType.AUTHORIZATION_CODE), Set.of("repo:read"));
        RecordedEvents events = new RecordedEvents(db);

        assertThrows(OAuthException.class, () -> introspection.introspect(delegated, null, "t"));
        assertThrows(OAuthException.class, () -> introspection.introspect("forged", null, "t"));
        assertThrows(
                OAuthException.class,
                () -> introspection.introspect(null, new ClientCredentials(null, "spa", null), "t"));
        assertThrows(
                OAuthException.class,
                () -> introspection.introspect(null, new ClientCredentials(null, "client", "wrong"), "t"));
        introspection.introspect(null, secretOf("client"), aliceTokens.accessToken());

        assertEquals(
                List.of(
                        "INTROSPECTION_REFUSED/FAILURE actor=client:client client=client detail=Only an application"
                                + " that an administrator allowed token:introspect may introspect any token, with a"
                                + " token it got for itself.",
                        "INTROSPECTION_REFUSED/FAILURE detail=The access token is invalid, expired or revoked.",
                        "INTROSPECTION_REFUSED/FAILURE actor=client:spa client=spa"
                                + " detail=Introspection needs client authentication.",
                        "INTROSPECTION_REFUSED/FAILURE actor=client:client client=client"
                                + " detail=Client authentication failed."),
                events.since());
    }
}
