package dev.grantry.service.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ApplicationStatus;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.grant.IssuedToken;
import dev.grantry.persistence.grant.IssuedTokenRepository;
import dev.grantry.persistence.grant.TokenKind;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.persistence.user.User;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.key.SigningKeys;
import dev.grantry.service.testing.Fixtures;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import dev.grantry.service.user.UserView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AccessTokenVerifierTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    final TestContainer container = at(NOW);
    final AccessTokenVerifier verifier = container.get(AccessTokenVerifier.class);
    final TokenIssuer issuer = container.get(TokenIssuer.class);
    final SigningKeys keys = container.get(SigningKeys.class);
    final IssuedTokenRepository tokens = container.get(IssuedTokenRepository.class);
    final Fixtures stored = new Fixtures(db, container);
    final Application client = stored.confidential(
            "client",
            "secret",
            Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN),
            Set.of("repo:read", "user:read"));
    final User alice = stored.user("alice");

    /** The server's beans with the clock at {@code now}. */
    static TestContainer at(Instant now) {
        return new TestContainer(
                db,
                Clock.fixed(now, ZoneOffset.UTC),
                TestSettings.settings(Map.of("grantry.token.audience", "https://api.example")));
    }

    @Test
    void whenAnIssuedTokenIsPresentedThenItsRecordUserScopesAndAudience() throws Exception {
        String token =
                issuer.issue(client, alice, Set.of("repo:read"), null, true).accessToken();

        VerifiedAccessToken verified = verifier.verify(token).orElseThrow();

        assertEquals(jti(token), verified.record().getJti());
        assertEquals(Set.of("repo:read"), verified.scopes());
        assertEquals("alice", verified.user().map(UserView::username).orElseThrow());
        assertEquals("https://api.example", verified.audience());
    }

    @Test
    void whenTheClientActsForItselfThenVerifiedWithoutUser() {
        String token =
                issuer.issue(client, null, Set.of("repo:read"), null, false).accessToken();

        assertTrue(verifier.verify(token).orElseThrow().user().isEmpty());
    }

    @Test
    void whenMissingOversizedOrNoJwtThenNotVerified() {
        for (String token : new String[] {null, "", "not-a-jwt", "a.b.c", "x".repeat(8193)}) {
            assertTrue(verifier.verify(token).isEmpty(), String.valueOf(token));
        }
    }

    @Test
    void whenTheSignatureIsForgedOrByAnUnknownKeyThenNotVerified() throws Exception {
        SignedJWT genuine = SignedJWT.parse(
                issuer.issue(client, alice, Set.of("repo:read"), null, false).accessToken());
        RSAKey foreign = new RSAKeyGenerator(2048).keyID("foreign").generate();

        SignedJWT forged = new SignedJWT(genuine.getHeader(), genuine.getJWTClaimsSet());
        forged.sign(new RSASSASigner(foreign));
        SignedJWT unknownKey = new SignedJWT(
                new JWSHeader.Builder(genuine.getHeader()).keyID("foreign").build(), genuine.getJWTClaimsSet());
        unknownKey.sign(new RSASSASigner(foreign));
        SignedJWT noKeyId = new SignedJWT(
                new JWSHeader.Builder(genuine.getHeader()).keyID(null).build(), genuine.getJWTClaimsSet());
        noKeyId.sign(keys.active().signer());

        assertTrue(verifier.verify(forged.serialize()).isEmpty());
        assertTrue(verifier.verify(unknownKey.serialize()).isEmpty());
        assertTrue(verifier.verify(noKeyId.serialize()).isEmpty());
        assertTrue(verifier.verify(genuine.serialize()).isPresent(), "the genuine token itself is fine");
    }

    @Test
    void whenSignedByOurKeyButNotAnAccessTokenOrNotOursOrWithoutJtiThenNotVerified() throws Exception {
        String jti = jti(
                issuer.issue(client, alice, Set.of("repo:read"), null, false).accessToken());
        JWTClaimsSet valid = claims(TestSettings.ISSUER, jti, NOW.plusSeconds(60));

        assertTrue(verifier.verify(sign(header(JOSEObjectType.JWT), valid)).isEmpty(), "typ JWT");
        assertTrue(verifier.verify(sign(header(null), valid)).isEmpty(), "no typ");
        assertTrue(
                verifier.verify(sign(
                                header(SigningKeys.ACCESS_TOKEN_TYPE),
                                claims("https://other.example", jti, NOW.plusSeconds(60))))
                        .isEmpty(),
                "another issuer");
        assertTrue(
                verifier.verify(sign(
                                header(SigningKeys.ACCESS_TOKEN_TYPE),
                                claims(TestSettings.ISSUER, null, NOW.plusSeconds(60))))
                        .isEmpty(),
                "no jti");
        assertTrue(
                verifier.verify(sign(
                                header(SigningKeys.ACCESS_TOKEN_TYPE),
                                claims(TestSettings.ISSUER, "never-issued", NOW.plusSeconds(60))))
                        .isEmpty(),
                "no record");
        assertTrue(
                verifier.verify(sign(header(SigningKeys.ACCESS_TOKEN_TYPE), valid))
                        .isPresent(),
                "the same claims, well signed, are fine");
    }

    @Test
    void whenTheJtiNamesARefreshTokensRecordThenNotVerified() throws Exception {
        issuer.issue(client, alice, Set.of("repo:read"), null, true);
        String refreshJti = db.all(IssuedToken.class).stream()
                .filter(t -> t.getKind() == TokenKind.REFRESH)
                .findFirst()
                .orElseThrow()
                .getJti();

        assertTrue(verifier.verify(sign(
                        header(SigningKeys.ACCESS_TOKEN_TYPE),
                        claims(TestSettings.ISSUER, refreshJti, NOW.plusSeconds(60))))
                .isEmpty());
    }

    @Test
    void whenExpiredThenNotVerified() {
        String token =
                issuer.issue(client, alice, Set.of("repo:read"), null, false).accessToken();

        AccessTokenVerifier atExpiry = at(NOW.plus(Duration.ofHours(1))).get(AccessTokenVerifier.class);
        AccessTokenVerifier justBefore =
                at(NOW.plus(Duration.ofHours(1)).minusSeconds(1)).get(AccessTokenVerifier.class);

        assertTrue(atExpiry.verify(token).isEmpty());
        assertTrue(justBefore.verify(token).isPresent());
    }

    @Test
    void whenTheTokenOrItsFamilyIsRevokedThenNotVerifiedAtOnce() throws Exception {
        String single =
                issuer.issue(client, alice, Set.of("repo:read"), null, false).accessToken();
        String ofFamily = issuer.issue(client, alice, Set.of("repo:read"), "hs256:code", true)
                .accessToken();
        String other =
                issuer.issue(client, alice, Set.of("repo:read"), null, false).accessToken();
        assertTrue(verifier.verify(single).isPresent());

        String singleJti = jti(single);
        db.inTransaction(() -> tokens.revoke(singleJti, NOW));
        issuer.revokeIssuedFromCode("hs256:code", client, alice);

        assertTrue(verifier.verify(single).isEmpty());
        assertTrue(verifier.verify(ofFamily).isEmpty());
        assertTrue(verifier.verify(other).isPresent());
    }

    @Test
    void whenTheApplicationOrTheUserIsDisabledThenTheirTokensAreNotVerified() {
        String forAlice =
                issuer.issue(client, alice, Set.of("repo:read"), null, false).accessToken();
        String forTheClient =
                issuer.issue(client, null, Set.of("repo:read"), null, false).accessToken();

        db.update(User.class, alice.getId(), user -> user.setEnabled(false));
        assertTrue(verifier.verify(forAlice).isEmpty());
        assertTrue(verifier.verify(forTheClient).isPresent());

        db.update(Application.class, client.getId(), app -> app.setStatus(ApplicationStatus.DISABLED));
        assertTrue(verifier.verify(forTheClient).isEmpty());
    }

    @Test
    void whenKeysRotateThenTokensSignedByThePreviousKeyStillVerify() {
        String before =
                issuer.issue(client, alice, Set.of("repo:read"), null, false).accessToken();

        keys.rotate("admin");

        assertTrue(verifier.verify(before).isPresent());
        assertTrue(verifier.verify(issuer.issue(client, alice, Set.of("repo:read"), null, false)
                        .accessToken())
                .isPresent());
    }

    @Test
    void whenAScopeIsRequiredThenTheLiveTokenMustHoldIt() {
        String token =
                issuer.issue(client, alice, Set.of("repo:read"), null, false).accessToken();

        assertEquals(Set.of("repo:read"), verifier.require(token, "repo:read").scopes());
        assertEquals(
                OAuthError.INSUFFICIENT_SCOPE,
                assertThrows(OAuthException.class, () -> verifier.require(token, "user:read"))
                        .error());
        assertEquals(
                OAuthError.INVALID_TOKEN,
                assertThrows(OAuthException.class, () -> verifier.require("garbage", "repo:read"))
                        .error());
    }

    private JWSHeader header(JOSEObjectType type) {
        return new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(type)
                .keyID(keys.active().kid())
                .build();
    }

    private static JWTClaimsSet claims(String issuer, String jti, Instant expiresAt) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("alice")
                .audience(List.of("https://api.example"))
                .jwtID(jti)
                .issueTime(Date.from(NOW))
                .expirationTime(Date.from(expiresAt))
                .build();
    }

    /** Signed with the active key, as only the server can. */
    private String sign(JWSHeader header, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(keys.active().signer());
        return jwt.serialize();
    }

    private static String jti(String token) throws Exception {
        return SignedJWT.parse(token).getJWTClaimsSet().getJWTID();
    }
}
