package dev.grantry.service.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.grant.AuthorizationGrant;
import dev.grantry.persistence.grant.IssuedToken;
import dev.grantry.persistence.grant.TokenKind;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.persistence.user.User;
import dev.grantry.service.key.SigningKeys;
import dev.grantry.service.secret.SecretHasher;
import dev.grantry.service.testing.Fixtures;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TokenIssuerTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    final TestContainer container = container(Map.of());
    final SigningKeys keys = container.get(SigningKeys.class);
    final TokenIssuer issuer = container.get(TokenIssuer.class);
    final Fixtures stored = new Fixtures(db, container);
    final Application client = stored.confidential(
            "client-1",
            "secret",
            Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN),
            Set.of("repo:read", "user:read"));
    final User alice = stored.user("alice");

    static TestContainer container(Map<String, String> settings) {
        return new TestContainer(db, Clock.fixed(NOW, ZoneOffset.UTC), TestSettings.settings(settings));
    }

    @Test
    void whenIssuedForUserThenJwtVerifiesAgainstJwksWithEveryClaim() throws Exception {
        IssuedTokens response = issuer.issue(client, alice, Set.of("user:read", "repo:read"), "hs256:code", true);

        SignedJWT jwt = SignedJWT.parse(response.accessToken());
        RSAKey key = (RSAKey)
                JWKSet.parse(keys.jwksJson()).getKeyByKeyId(jwt.getHeader().getKeyID());
        assertTrue(jwt.verify(new RSASSAVerifier(key)));
        assertEquals(new JOSEObjectType("at+jwt"), jwt.getHeader().getType());
        assertEquals("RS256", jwt.getHeader().getAlgorithm().getName());
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertEquals(TestSettings.ISSUER, claims.getIssuer());
        assertEquals("alice", claims.getSubject());
        assertEquals(List.of(TestSettings.ISSUER), claims.getAudience());
        assertEquals(NOW, claims.getIssueTime().toInstant());
        assertEquals(NOW.plusSeconds(3600), claims.getExpirationTime().toInstant());
        assertEquals("client-1", claims.getStringClaim("client_id"));
        assertEquals("repo:read user:read", claims.getStringClaim("scope"));
        assertEquals("alice", claims.getStringClaim("upn"));
        assertEquals(List.of("repo:read", "user:read"), claims.getStringListClaim("groups"));
        assertNotNull(claims.getJWTID());
        assertEquals("Bearer", response.tokenType());
        assertEquals(3600, response.expiresIn());
        assertEquals("repo:read user:read", response.scope());
    }

    @Test
    void whenIssuedThenEveryTokenHasARecordAndTheRefreshTokenOnlyItsHash() throws Exception {
        IssuedTokens response = issuer.issue(client, alice, Set.of("repo:read"), "hs256:code", true);

        String jti = SignedJWT.parse(response.accessToken()).getJWTClaimsSet().getJWTID();
        IssuedToken access = ofKind(TokenKind.ACCESS).get(0);
        assertEquals(jti, access.getJti());
        assertNull(access.getTokenHash());
        assertEquals(NOW.plusSeconds(3600), access.getExpiresAt());
        IssuedToken refresh = ofKind(TokenKind.REFRESH).get(0);
        assertEquals(container.get(SecretHasher.class).hash(response.refreshToken()), refresh.getTokenHash());
        assertTrue(db.all(IssuedToken.class).stream()
                .noneMatch(t -> response.refreshToken().equals(t.getJti())));
        assertEquals(NOW.plus(Duration.ofDays(30)), refresh.getExpiresAt());
        assertEquals(access.getGrant().getId(), refresh.getGrant().getId());
        assertEquals("hs256:code", access.getGrant().getOriginCodeHash());
        assertEquals(alice.getId(), refresh.getUser().getId());
        assertEquals(client.getId(), refresh.getApplication().getId());
        assertTrue(response.refreshToken().length() >= 43);
    }

    @Test
    void whenIssuedForClientItselfThenSubjectIsClientIdAndNoFamilyOrRefreshToken() throws Exception {
        IssuedTokens response = issuer.issue(client, null, Set.of("repo:read"), null, false);

        JWTClaimsSet claims = SignedJWT.parse(response.accessToken()).getJWTClaimsSet();
        assertEquals("client-1", claims.getSubject());
        assertEquals("client-1", claims.getStringClaim("upn"));
        assertNull(response.refreshToken());
        assertTrue(db.all(AuthorizationGrant.class).isEmpty());
        assertNull(ofKind(TokenKind.ACCESS).get(0).getGrant());
        assertEquals(claims.getJWTID(), ofKind(TokenKind.ACCESS).get(0).getJti());
    }

    @Test
    void whenLifetimeAndAudienceConfiguredThenTokensFollowThem() throws Exception {
        TokenIssuer configured = container(Map.of(
                        "grantry.token.access-lifetime", "PT5M", "grantry.token.audience", "https://api.example"))
                .get(TokenIssuer.class);

        IssuedTokens response = configured.issue(client, alice, Set.of(), null, false);

        JWTClaimsSet claims = SignedJWT.parse(response.accessToken()).getJWTClaimsSet();
        assertEquals(300, response.expiresIn());
        assertEquals(NOW.plusSeconds(300), claims.getExpirationTime().toInstant());
        assertEquals(List.of("https://api.example"), claims.getAudience());
    }

    @Test
    void whenCodeIsReusedThenEveryTokenFromItIsRevokedButOthersAreNot() {
        issuer.issue(client, alice, Set.of("repo:read"), "hs256:code", true);
        issuer.issue(client, alice, Set.of("repo:read"), "hs256:other", true);

        issuer.revokeIssuedFromCode("hs256:code", client, alice);

        List<IssuedToken> tokens = db.all(IssuedToken.class);
        assertEquals(2, tokens.stream().filter(IssuedToken::isRevoked).count());
        assertTrue(tokens.stream()
                .filter(IssuedToken::isRevoked)
                .allMatch(t -> t.getGrant().getOriginCodeHash().equals("hs256:code")));
    }

    @Test
    void whenKeysRotateThenTokensSignedBeforeStillVerifyAgainstTheJwks() throws Exception {
        String before =
                issuer.issue(client, alice, Set.of("repo:read"), null, false).accessToken();

        keys.rotate("admin");
        String after =
                issuer.issue(client, alice, Set.of("repo:read"), null, false).accessToken();

        JWKSet jwks = JWKSet.parse(keys.jwksJson());
        for (String token : List.of(before, after)) {
            SignedJWT jwt = SignedJWT.parse(token);
            RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
            assertTrue(jwt.verify(new RSASSAVerifier(key)));
        }
        assertNotEquals(
                SignedJWT.parse(before).getHeader().getKeyID(),
                SignedJWT.parse(after).getHeader().getKeyID());
    }

    private static List<IssuedToken> ofKind(TokenKind kind) {
        return db.all(IssuedToken.class).stream()
                .filter(t -> t.getKind() == kind)
                .toList();
    }
}
