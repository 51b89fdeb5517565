package dev.grantry.service.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.error.ReplayRefusedException;
import dev.grantry.service.secret.SecretHasher;
import dev.grantry.service.testing.Fixtures;
import dev.grantry.service.testing.RecordedEvents;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import dev.grantry.service.token.IssuedTokens;
import dev.grantry.service.token.TokenIssuer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RefreshTokenGrantTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    final TestContainer issuing = at(NOW);
    final TokenIssuer issuer = issuing.get(TokenIssuer.class);
    final Fixtures stored = new Fixtures(db, issuing);
    final Application client = stored.confidential(
            "client",
            "secret",
            Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN),
            Set.of("repo:read", "repo:write"));
    final User alice = stored.user("alice");
    final TestContainer refreshing = at(NOW.plusSeconds(60));
    final RefreshTokenGrant grant = refreshing.get(RefreshTokenGrant.class);
    final IssuedTokens first = issuer.issue(client, alice, Set.of("repo:read", "repo:write"), "hs256:code", true);

    /** The server's beans with the clock at {@code now}. */
    static TestContainer at(Instant now) {
        return new TestContainer(db, Clock.fixed(now, ZoneOffset.UTC), TestSettings.settings());
    }

    @Test
    void whenRefreshedThenNewTokensAreIssuedAndTheOldRefreshTokenIsMarkedUsed() {
        IssuedTokens second = exchange(grant, client, refresh(first.refreshToken()));

        assertNotNull(second.accessToken());
        assertNotNull(second.refreshToken());
        assertNotEquals(first.refreshToken(), second.refreshToken());
        assertEquals("repo:read repo:write", second.scope());
        IssuedToken old = record(first.refreshToken());
        assertNotNull(old.getUsedAt());
        IssuedToken next = record(second.refreshToken());
        assertEquals(old.getGrant().getId(), next.getGrant().getId());
    }

    @Test
    void whenUsedRefreshTokenIsPresentedAgainThenInvalidGrantAndTheWholeFamilyIsRevoked() {
        IssuedTokens second = exchange(grant, client, refresh(first.refreshToken()));

        OAuthException replay = assertThrows(
                ReplayRefusedException.class, () -> exchange(grant, client, refresh(first.refreshToken())));

        assertEquals(OAuthError.INVALID_GRANT, replay.error());
        List<IssuedToken> tokens = db.all(IssuedToken.class);
        assertTrue(
                tokens.stream().allMatch(IssuedToken::isRevoked),
                "the refusal commits the revocation, which it made in its own transaction");
        assertEquals(4, tokens.size());
        OAuthException next =
                assertThrows(OAuthException.class, () -> exchange(grant, client, refresh(second.refreshToken())));
        assertEquals(OAuthError.INVALID_GRANT, next.error());
    }

    @Test
    void whenFamilyIsRevokedThenOtherFamiliesStayValid() {
        IssuedTokens other = issuer.issue(client, alice, Set.of("repo:read"), "hs256:other", true);
        exchange(grant, client, refresh(first.refreshToken()));
        assertThrows(OAuthException.class, () -> exchange(grant, client, refresh(first.refreshToken())));

        IssuedTokens fromOther = exchange(grant, client, refresh(other.refreshToken()));

        assertNotNull(fromOther.refreshToken());
    }

    @Test
    void whenNarrowerScopeAskedThenAccessTokenIsNarrowedAndRefreshTokenKeepsItsScope() throws Exception {
        IssuedTokens narrowed = exchange(grant, client, refresh(first.refreshToken(), "repo:read"));

        assertEquals("repo:read", narrowed.scope());
        assertEquals(
                "repo:read",
                SignedJWT.parse(narrowed.accessToken()).getJWTClaimsSet().getStringClaim("scope"));
        assertEquals(
                Set.of("repo:read", "repo:write"),
                record(narrowed.refreshToken()).getScopes());
    }

    @Test
    void whenWiderScopeAskedThenInvalidScopeAndTheTokenIsNotUsedUp() {
        OAuthException e = assertThrows(
                OAuthException.class,
                () -> exchange(grant, client, refresh(first.refreshToken(), "repo:read repo:admin")));

        assertEquals(OAuthError.INVALID_SCOPE, e.error());
        assertNotNull(exchange(grant, client, refresh(first.refreshToken())).refreshToken());
    }

    @Test
    void whenAnotherClientPresentsTheTokenThenInvalidGrant() {
        Application other =
                stored.confidential("other", "secret", Set.of(GrantType.REFRESH_TOKEN), Set.of("repo:read"));

        OAuthException e =
                assertThrows(OAuthException.class, () -> exchange(grant, other, refresh(first.refreshToken())));

        assertEquals(OAuthError.INVALID_GRANT, e.error());
    }

    @Test
    void whenTokenIsUnknownOrExpiredThenInvalidGrant() {
        RefreshTokenGrant later = at(NOW.plus(Duration.ofDays(31))).get(RefreshTokenGrant.class);

        assertEquals(
                OAuthError.INVALID_GRANT,
                assertThrows(OAuthException.class, () -> exchange(grant, client, refresh("unknown")))
                        .error());
        assertEquals(
                OAuthError.INVALID_GRANT,
                assertThrows(OAuthException.class, () -> exchange(later, client, refresh(first.refreshToken())))
                        .error());
    }

    @Test
    void whenCodeIsReusedThenRefreshRotatedDescendantsAreRevokedToo() {
        IssuedTokens second = exchange(grant, client, refresh(first.refreshToken()));

        issuer.revokeIssuedFromCode("hs256:code", client, alice);

        assertTrue(db.all(IssuedToken.class).stream()
                .filter(t -> t.getKind() == TokenKind.ACCESS)
                .allMatch(IssuedToken::isRevoked));
        assertEquals(
                OAuthError.INVALID_GRANT,
                assertThrows(OAuthException.class, () -> exchange(grant, client, refresh(second.refreshToken())))
                        .error());
    }

    @Test
    void whenUserIsDisabledThenInvalidGrant() {
        db.update(User.class, alice.getId(), user -> user.setEnabled(false));

        assertEquals(
                OAuthError.INVALID_GRANT,
                assertThrows(OAuthException.class, () -> exchange(grant, client, refresh(first.refreshToken())))
                        .error());
    }

    @Test
    void whenRefreshTokenIsMissingThenInvalidRequest() {
        assertEquals(
                OAuthError.INVALID_REQUEST,
                assertThrows(
                                OAuthException.class,
                                () -> exchange(
                                        grant, client, new TokenParameters(Map.of("grant_type", "refresh_token"))))
                        .error());
    }

    /** Exchanges in one transaction, as {@link TokenService} does. */
    static IssuedTokens exchange(RefreshTokenGrant grant, Application client, TokenParameters parameters) {
        return db.inTransaction(() -> grant.exchange(client, parameters));
    }

    /** The record of a refresh token, found as the grant finds it: by the keyed hash of its value. */
    IssuedToken record(String refreshToken) {
        return refreshing
                .get(IssuedTokenRepository.class)
                .findRefreshByHash(refreshing.get(SecretHasher.class).hash(refreshToken))
                .orElseThrow();
    }

    static TokenParameters refresh(String token) {
        return new TokenParameters(Map.of("grant_type", "refresh_token", "refresh_token", token));
    }

    static TokenParameters refresh(String token, String scope) {
        return new TokenParameters(Map.of("grant_type", "refresh_token", "refresh_token", token, "scope", scope));
    }

    @Test
    void whenRefreshedThenTheNewAccessTokenIsRecordedUnderTheSameGrant() {
        RecordedEvents events = new RecordedEvents(db);

        IssuedTokens second = exchange(grant, client, refresh(first.refreshToken()));

        IssuedToken old = record(first.refreshToken());
        String jti = db.all(IssuedToken.class).stream()
                .filter(token -> token.getKind() == TokenKind.ACCESS
                        && token.getIssuedAt().equals(NOW.plusSeconds(60)))
                .findFirst()
                .orElseThrow()
                .getJti();
        assertEquals(
                List.of("TOKEN_ISSUED/SUCCESS actor=client:client user=alice client=client scopes=" + second.scope()
                        + " grant=" + old.getGrant().getId() + " jti=" + jti + " detail=refresh_token"),
                events.since());
    }

    @Test
    void whenARotatedRefreshTokenIsPresentedAgainThenTheReuseIsRecordedWithItsFamily() {
        exchange(grant, client, refresh(first.refreshToken()));
        IssuedToken replayed = record(first.refreshToken());
        RecordedEvents events = new RecordedEvents(db);

        assertThrows(OAuthException.class, () -> exchange(grant, client, refresh(first.refreshToken())));

        assertEquals(
                List.of("REFRESH_TOKEN_REUSE_DETECTED/FAILURE actor=client:client user=alice client=client"
                        + " scopes=repo:read repo:write grant="
                        + replayed.getGrant().getId() + " jti="
                        + replayed.getJti()
                        + " detail=The refresh token was presented again after its rotation; its family was revoked"),
                events.since());
    }

    @Test
    void whenARefreshIsRefusedThenNothingIsRecorded() {
        RecordedEvents events = new RecordedEvents(db);

        assertThrows(
                OAuthException.class,
                () -> exchange(grant, client, refresh(first.refreshToken(), "repo:read repo:admin")));

        assertEquals(List.of(), events.since());
    }
}
