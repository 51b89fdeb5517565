package dev.grantry.service.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.grantry.persistence.authorize.AuthorizationCode;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.grant.IssuedToken;
import dev.grantry.persistence.grant.TokenKind;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.persistence.user.User;
import dev.grantry.service.authorize.AuthorizationService;
import dev.grantry.service.authorize.Pkce;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.key.SigningKeys;
import dev.grantry.service.testing.Fixtures;
import dev.grantry.service.testing.RecordedEvents;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import dev.grantry.service.token.IssuedTokens;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The authorization code grant end to end below HTTP: a code from the consent, exchanged at the token service. */
class AuthorizationCodeGrantTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final Instant NOW = Instant.parse("2026-07-01T10:00:00Z");
    static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

    final TestContainer container = at(NOW);
    final Fixtures stored = new Fixtures(db, container);

    {
        stored.confidential(
                "conf",
                "secret",
                Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN),
                Set.of("repo:read", "user:read"));
        stored.confidential("codes-only", "secret", Set.of(GrantType.AUTHORIZATION_CODE), Set.of("repo:read"));
        stored.publicClient("pub", Set.of(GrantType.AUTHORIZATION_CODE), Set.of("repo:read"));
        stored.confidential(
                "rp",
                "secret",
                Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN),
                Set.of("openid", "profile", "repo:read"));
        stored.user("alice");
    }

    /** The server's beans, every grant among them, with the clock at {@code now}. */
    static TestContainer at(Instant now) {
        return TestGrants.registerIn(new TestContainer(db, Clock.fixed(now, ZoneOffset.UTC), TestSettings.settings()));
    }

    @Test
    void whenACodeIsExchangedThenTokensForItsUserAndScopesWithARefreshTokenAndTheCodeIsUsed() throws Exception {
        String code = code("conf", "repo:read", null);

        IssuedTokens tokens = token(container, "conf", Map.of("code", code));

        JWTClaimsSet claims = SignedJWT.parse(tokens.accessToken()).getJWTClaimsSet();
        assertEquals("alice", claims.getSubject());
        assertEquals("conf", claims.getStringClaim("client_id"));
        assertEquals("repo:read", tokens.scope());
        assertNotNull(tokens.refreshToken());
        assertEquals(NOW, db.all(AuthorizationCode.class).get(0).getUsedAt());
    }

    @Test
    void whenTheApplicationMayNotRefreshThenNoRefreshToken() {
        String code = code("codes-only", "repo:read", null);

        assertNull(token(container, "codes-only", Map.of("code", code)).refreshToken());
    }

    @Test
    void whenACodeIsPresentedAgainThenInvalidGrantAndEveryTokenFromItIsRevokedRotationsIncluded() {
        String code = code("conf", "repo:read", null);
        IssuedTokens first = token(container, "conf", Map.of("code", code));
        token(container, "conf", Map.of("grant_type", "refresh_token", "refresh_token", first.refreshToken()));

        OAuthException replay =
                assertThrows(OAuthException.class, () -> token(container, "conf", Map.of("code", code)));

        assertEquals(OAuthError.INVALID_GRANT, replay.error());
        List<IssuedToken> issued = db.all(IssuedToken.class);
        assertEquals(4, issued.size());
        assertTrue(
                issued.stream().allMatch(IssuedToken::isRevoked),
                "the refusal commits the revocation, which it made in its own transaction");
    }

    @Test
    void whenAReplayArrivesBeforeTheRedemptionCommittedThenTheTokensItIssuedEndUpRevoked() throws Exception {
        String code = code("conf", "repo:read", null);

        List<Object> outcomes = db.overlapping(() -> token(container, "conf", Map.of("code", code)), () -> {
            try {
                return token(container, "conf", Map.of("code", code));
            } catch (OAuthException e) {
                return e.error();
            }
        });

        assertTrue(outcomes.get(0) instanceof IssuedTokens, outcomes::toString);
        assertEquals(OAuthError.INVALID_GRANT, outcomes.get(1));
        List<IssuedToken> issued = db.all(IssuedToken.class);
        assertEquals(2, issued.size());
        assertTrue(issued.stream().allMatch(IssuedToken::isRevoked), "the replay waited for them to be committed");
    }

    @Test
    void whenThePkceVerifierMatchesThenExchangedAndOtherwiseInvalidGrant() {
        String code = code("pub", "repo:read", Pkce.s256(VERIFIER));

        OAuthException wrong = assertThrows(
                OAuthException.class,
                () -> token(container, "pub", Map.of("code", code, "code_verifier", VERIFIER.replace('d', 'e'))));
        OAuthException missing =
                assertThrows(OAuthException.class, () -> token(container, "pub", Map.of("code", code)));

        assertEquals(OAuthError.INVALID_GRANT, wrong.error());
        assertEquals(OAuthError.INVALID_GRANT, missing.error());
        assertEquals(
                "repo:read",
                token(container, "pub", Map.of("code", code, "code_verifier", VERIFIER))
                        .scope());
    }

    @Test
    void whenTheCodeExpiredOrIsAnotherClientsOrUnknownThenInvalidGrantAndNoToken() {
        String code = code("conf", "repo:read", null);

        for (Runnable refused : List.<Runnable>of(
                () -> token(at(NOW.plusSeconds(60)), "conf", Map.of("code", code)),
                () -> token(container, "codes-only", Map.of("code", code)),
                () -> token(container, "conf", Map.of("code", "unknown")))) {
            assertEquals(
                    OAuthError.INVALID_GRANT,
                    assertThrows(OAuthException.class, refused::run).error());
        }
        assertTrue(db.all(IssuedToken.class).isEmpty());
        assertEquals(
                "repo:read",
                token(at(NOW.plusSeconds(59)), "conf", Map.of("code", code)).scope());
    }

    @Test
    void whenTheCodeIsMissingThenInvalidRequest() {
        assertEquals(
                OAuthError.INVALID_REQUEST,
                assertThrows(OAuthException.class, () -> token(container, "conf", Map.of()))
                        .error());
    }

    @Test
    void whenAnOpenIdCodeIsExchangedThenAnIdTokenSignedWithTheJwksKeyCarriesEveryClaimOfTheSignIn() throws Exception {
        Instant signedIn = NOW.minusSeconds(90);
        String code = code("rp", "openid profile", null, Map.of("nonce", "n-0S6_WzA2Mj"), signedIn);

        IssuedTokens tokens = token(container, "rp", Map.of("code", code));

        SignedJWT idToken = SignedJWT.parse(tokens.idToken());
        JWK key = JWKSet.parse(container.get(SigningKeys.class).jwksJson())
                .getKeyByKeyId(idToken.getHeader().getKeyID());
        assertTrue(idToken.verify(new RSASSAVerifier(key.toRSAKey())));
        assertEquals(JOSEObjectType.JWT, idToken.getHeader().getType());
        JWTClaimsSet claims = idToken.getJWTClaimsSet();
        assertEquals(TestSettings.ISSUER, claims.getIssuer());
        assertEquals(db.all(User.class).get(0).getSubject(), claims.getSubject());
        assertNotEquals("alice", claims.getSubject());
        assertEquals(List.of("rp"), claims.getAudience());
        assertEquals("rp", claims.getStringClaim("azp"));
        assertEquals(NOW, claims.getIssueTime().toInstant());
        assertEquals(NOW.plusSeconds(3600), claims.getExpirationTime().toInstant());
        assertEquals(signedIn.getEpochSecond(), claims.getLongClaim("auth_time"));
        assertEquals("n-0S6_WzA2Mj", claims.getStringClaim("nonce"));
        byte[] hash =
                MessageDigest.getInstance("SHA-256").digest(tokens.accessToken().getBytes(StandardCharsets.US_ASCII));
        assertEquals(Base64URL.encode(Arrays.copyOf(hash, 16)).toString(), claims.getStringClaim("at_hash"));
        assertNull(claims.getClaim("name"), "profile claims come from UserInfo");
    }

    @Test
    void whenAnOpenIdGrantIsRefreshedThenTheNewIdTokenHasTheSameSubjectNonceAndSignInTime() throws Exception {
        Instant signedIn = NOW.minusSeconds(30);
        IssuedTokens first =
                token(container, "rp", Map.of("code", code("rp", "openid", null, Map.of("nonce", "abc"), signedIn)));
        Instant later = NOW.plusSeconds(600);

        IssuedTokens refreshed =
                token(at(later), "rp", Map.of("grant_type", "refresh_token", "refresh_token", first.refreshToken()));

        JWTClaimsSet before = SignedJWT.parse(first.idToken()).getJWTClaimsSet();
        JWTClaimsSet after = SignedJWT.parse(refreshed.idToken()).getJWTClaimsSet();
        assertEquals(before.getSubject(), after.getSubject());
        assertEquals("abc", after.getStringClaim("nonce"));
        assertEquals(signedIn.getEpochSecond(), after.getLongClaim("auth_time"));
        assertEquals(later, after.getIssueTime().toInstant());
    }

    @Test
    void whenTheScopeLacksOpenidThenThereIsNoIdToken() {
        IssuedTokens tokens = token(container, "rp", Map.of("code", code("rp", "repo:read", null)));

        assertNull(tokens.idToken());
    }

    @Test
    void whenAnIdTokenIsIssuedThenItIsRecordedAfterTheAccessToken() {
        String code = code("rp", "openid", null, Map.of(), NOW);
        RecordedEvents events = new RecordedEvents(db);

        token(container, "rp", Map.of("code", code));

        IssuedToken access = accessToken();
        assertEquals(
                List.of(
                        "TOKEN_ISSUED/SUCCESS actor=client:rp user=alice client=rp scopes=openid grant="
                                + access.getGrant().getId() + " jti=" + access.getJti()
                                + " detail=authorization_code",
                        "ID_TOKEN_ISSUED/SUCCESS actor=client:rp user=alice client=rp scopes=openid grant="
                                + access.getGrant().getId() + " detail=authorization_code"),
                events.since());
    }

    /** The code alice's approval of this request gives, taken from the redirect. */
    private String code(String clientId, String scope, String challenge) {
        return code(clientId, scope, challenge, Map.of(), null);
    }

    /**
     * The code alice's approval of this request, with these further parameters, gives when she signed in at
     * {@code signedIn}.
     */
    private String code(
            String clientId, String scope, String challenge, Map<String, String> parameters, Instant signedIn) {
        Map<String, List<String>> request = new LinkedHashMap<>();
        parameters.forEach((name, value) -> request.put(name, List.of(value)));
        request.put("response_type", List.of("code"));
        request.put("client_id", List.of(clientId));
        request.put("scope", List.of(scope));
        if (challenge != null) {
            request.put("code_challenge", List.of(challenge));
            request.put("code_challenge_method", List.of(Pkce.S256));
        }
        AuthorizationService authorization = container.get(AuthorizationService.class);
        String redirect =
                authorization.approve(authorization.open(authorization.begin(request), "alice", signedIn), "alice");
        String query = URI.create(redirect).getRawQuery();
        return URLDecoder.decode(query.substring("code=".length(), query.indexOf('&')), StandardCharsets.UTF_8);
    }

    /**
     * A token request of {@code clientId} (with its secret when it is confidential) with these parameters, the
     * authorization code grant unless they name another.
     */
    private static IssuedTokens token(TestContainer server, String clientId, Map<String, String> parameters) {
        Map<String, String> values = new HashMap<>(parameters);
        values.putIfAbsent("grant_type", "authorization_code");
        values.put("client_id", clientId);
        if (!clientId.equals("pub")) {
            values.put("client_secret", "secret");
        }
        return server.get(TokenService.class).token(null, new TokenParameters(values));
    }

    @Test
    void whenACodeIsExchangedThenTheConsentTheCodeAndTheTokenAreRecordedInOrder() {
        RecordedEvents events = new RecordedEvents(db);

        token(container, "conf", Map.of("code", code("conf", "repo:read", null)));

        IssuedToken access = accessToken();
        assertEquals(
                List.of(
                        "CONSENT_GRANTED/SUCCESS actor=alice user=alice client=conf scopes=repo:read"
                                + " detail=consent page",
                        "CODE_ISSUED/SUCCESS actor=alice user=alice client=conf scopes=repo:read",
                        "TOKEN_ISSUED/SUCCESS actor=client:conf user=alice client=conf scopes=repo:read grant="
                                + access.getGrant().getId() + " jti=" + access.getJti()
                                + " detail=authorization_code"),
                events.since());
    }

    @Test
    void whenACodeIsPresentedAgainThenTheReuseIsRecordedAndNoToken() {
        String code = code("conf", "repo:read", null);
        token(container, "conf", Map.of("code", code));
        RecordedEvents events = new RecordedEvents(db);

        assertThrows(OAuthException.class, () -> token(container, "conf", Map.of("code", code)));

        assertEquals(
                List.of("CODE_REUSE_DETECTED/FAILURE actor=client:conf user=alice client=conf"
                        + " detail=The authorization code was presented again; authorizations revoked: 1"),
                events.since());
    }

    @Test
    void whenTheExchangeIsRefusedThenNothingIsRecorded() {
        String code = code("pub", "repo:read", Pkce.s256(VERIFIER));
        RecordedEvents events = new RecordedEvents(db);

        assertThrows(
                OAuthException.class,
                () -> token(container, "pub", Map.of("code", code, "code_verifier", VERIFIER + "x")));

        assertEquals(List.of(), events.since());
    }

    private static IssuedToken accessToken() {
        return db.all(IssuedToken.class).stream()
                .filter(token -> token.getKind() == TokenKind.ACCESS)
                .findFirst()
                .orElseThrow();
    }
}
