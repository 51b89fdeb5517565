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
import dev.grantry.persistence.grant.TokenKind;
import dev.grantry.persistence.user.User;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.fakes.FakeHasher;
import dev.grantry.service.fakes.FakeTokenStore;
import dev.grantry.service.fakes.TestData;
import dev.grantry.service.key.TestKeys;
import dev.grantry.service.token.IssuedTokens;
import dev.grantry.service.token.TestIssuer;
import dev.grantry.service.token.TokenIssuer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RefreshTokenGrantTest {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    final FakeTokenStore store = new FakeTokenStore();
    final TokenIssuer issuer = TestIssuer.issuer(store,
            TestKeys.signingKeys(new TestKeys.Repository(), TestData.settings()), Map.of(),
            Clock.fixed(NOW, ZoneOffset.UTC));
    final Application client = TestData.confidential("client", "secret",
            Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN), Set.of("repo:read", "repo:write"));
    final User alice = TestData.user("alice");
    final RefreshTokenGrant grant = grant(Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC));
    final IssuedTokens first = issuer.issue(client, alice, Set.of("repo:read", "repo:write"), "hs256:code", true);

    RefreshTokenGrant grant(Clock clock) {
        RefreshTokenGrant refresh = new RefreshTokenGrant();
        refresh.tokens = store;
        refresh.hasher = new FakeHasher();
        refresh.issuer = issuer;
        refresh.clock = clock;
        return refresh;
    }

    @Test
    void whenRefreshedThenNewTokensAreIssuedAndTheOldRefreshTokenIsMarkedUsed() {
        IssuedTokens second = grant.exchange(client, refresh(first.refreshToken()));

        assertNotNull(second.accessToken());
        assertNotNull(second.refreshToken());
        assertNotEquals(first.refreshToken(), second.refreshToken());
        assertEquals("repo:read repo:write", second.scope());
        IssuedToken old = store.findRefreshByHash("hashed:" + first.refreshToken()).orElseThrow();
        assertNotNull(old.getUsedAt());
        IssuedToken next = store.findRefreshByHash("hashed:" + second.refreshToken()).orElseThrow();
        assertEquals(old.getGrant(), next.getGrant());
    }

    @Test
    void whenUsedRefreshTokenIsPresentedAgainThenInvalidGrantAndTheWholeFamilyIsRevoked() {
        IssuedTokens second = grant.exchange(client, refresh(first.refreshToken()));

        OAuthException replay = assertThrows(OAuthException.class,
                () -> grant.exchange(client, refresh(first.refreshToken())));

        assertEquals(OAuthError.INVALID_GRANT, replay.error());
        assertTrue(store.tokens.values().stream().allMatch(IssuedToken::isRevoked));
        assertEquals(4, store.tokens.size());
        OAuthException next = assertThrows(OAuthException.class,
                () -> grant.exchange(client, refresh(second.refreshToken())));
        assertEquals(OAuthError.INVALID_GRANT, next.error());
    }

    @Test
    void whenFamilyIsRevokedThenOtherFamiliesStayValid() {
        IssuedTokens other = issuer.issue(client, alice, Set.of("repo:read"), "hs256:other", true);
        grant.exchange(client, refresh(first.refreshToken()));
        assertThrows(OAuthException.class, () -> grant.exchange(client, refresh(first.refreshToken())));

        IssuedTokens fromOther = grant.exchange(client, refresh(other.refreshToken()));

        assertNotNull(fromOther.refreshToken());
    }

    @Test
    void whenNarrowerScopeAskedThenAccessTokenIsNarrowedAndRefreshTokenKeepsItsScope() throws Exception {
        IssuedTokens narrowed = grant.exchange(client, refresh(first.refreshToken(), "repo:read"));

        assertEquals("repo:read", narrowed.scope());
        assertEquals("repo:read", SignedJWT.parse(narrowed.accessToken()).getJWTClaimsSet().getStringClaim("scope"));
        assertEquals(Set.of("repo:read", "repo:write"),
                store.findRefreshByHash("hashed:" + narrowed.refreshToken()).orElseThrow().getScopes());
    }

    @Test
    void whenWiderScopeAskedThenInvalidScopeAndTheTokenIsNotUsedUp() {
        OAuthException e = assertThrows(OAuthException.class,
                () -> grant.exchange(client, refresh(first.refreshToken(), "repo:read repo:admin")));

        assertEquals(OAuthError.INVALID_SCOPE, e.error());
        assertNotNull(grant.exchange(client, refresh(first.refreshToken())).refreshToken());
    }

    @Test
    void whenAnotherClientPresentsTheTokenThenInvalidGrant() {
        Application other = TestData.confidential("other", "secret", Set.of(GrantType.REFRESH_TOKEN), Set.of("repo:read"));

        OAuthException e = assertThrows(OAuthException.class,
                () -> grant.exchange(other, refresh(first.refreshToken())));

        assertEquals(OAuthError.INVALID_GRANT, e.error());
    }

    @Test
    void whenTokenIsUnknownOrExpiredThenInvalidGrant() {
        RefreshTokenGrant later = grant(Clock.fixed(NOW.plus(Duration.ofDays(31)), ZoneOffset.UTC));

        assertEquals(OAuthError.INVALID_GRANT, assertThrows(OAuthException.class,
                () -> grant.exchange(client, refresh("unknown"))).error());
        assertEquals(OAuthError.INVALID_GRANT, assertThrows(OAuthException.class,
                () -> later.exchange(client, refresh(first.refreshToken()))).error());
    }

    @Test
    void whenCodeIsReusedThenRefreshRotatedDescendantsAreRevokedToo() {
        IssuedTokens second = grant.exchange(client, refresh(first.refreshToken()));

        issuer.revokeIssuedFromCode("hs256:code");

        assertTrue(store.ofKind(TokenKind.ACCESS).stream().allMatch(IssuedToken::isRevoked));
        assertEquals(OAuthError.INVALID_GRANT, assertThrows(OAuthException.class,
                () -> grant.exchange(client, refresh(second.refreshToken()))).error());
    }

    @Test
    void whenUserIsDisabledThenInvalidGrant() {
        alice.setEnabled(false);

        assertEquals(OAuthError.INVALID_GRANT, assertThrows(OAuthException.class,
                () -> grant.exchange(client, refresh(first.refreshToken()))).error());
    }

    @Test
    void whenRefreshTokenIsMissingThenInvalidRequest() {
        assertEquals(OAuthError.INVALID_REQUEST, assertThrows(OAuthException.class,
                () -> grant.exchange(client, new TokenParameters(Map.of("grant_type", "refresh_token")))).error());
    }

    static TokenParameters refresh(String token) {
        return new TokenParameters(Map.of("grant_type", "refresh_token", "refresh_token", token));
    }

    static TokenParameters refresh(String token, String scope) {
        return new TokenParameters(Map.of("grant_type", "refresh_token", "refresh_token", token, "scope", scope));
    }
}
