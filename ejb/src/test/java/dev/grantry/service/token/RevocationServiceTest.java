package dev.grantry.service.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jwt.SignedJWT;
import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.grant.IssuedToken;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.persistence.user.User;
import dev.grantry.service.client.ClientCredentials;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.secret.SecretHasher;
import dev.grantry.service.testing.Fixtures;
import dev.grantry.service.testing.RecordedEvents;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** RFC 7009: a client revokes what it holds, and nothing else; the answer never tells which case it was. */
class RevocationServiceTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    final TestContainer container = new TestContainer(db, Clock.fixed(NOW, ZoneOffset.UTC), TestSettings.settings());
    final RevocationService revocation = container.get(RevocationService.class);
    final TokenIssuer issuer = container.get(TokenIssuer.class);
    final Fixtures stored = new Fixtures(db, container);
    final Application client = stored.confidential(
            "client", "secret", Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN), Set.of("repo:read"));
    final Application other =
            stored.confidential("other", "secret", Set.of(GrantType.AUTHORIZATION_CODE), Set.of("repo:read"));
    final User alice = stored.user("alice");
    final IssuedTokens family = issuer.issue(client, alice, Set.of("repo:read"), null, true);
    final IssuedTokens sibling = issuer.issue(client, alice, Set.of("repo:read"), null, true);

    static ClientCredentials secretOf(String clientId) {
        return new ClientCredentials(null, clientId, "secret");
    }

    @Test
    void whenAnAccessTokenIsRevokedThenOnlyThatToken() throws Exception {
        revocation.revoke(secretOf("client"), family.accessToken());

        assertEquals(Map.of(jti(family.accessToken()), true, jti(sibling.accessToken()), false), accessTokensRevoked());
        assertEquals(
                3,
                db.all(IssuedToken.class).stream().filter(t -> !t.isRevoked()).count(),
                "both refresh tokens and the sibling's access token stay live");
    }

    @Test
    void whenARefreshTokenIsRevokedThenItsWholeGrantIsRevoked() throws Exception {
        revocation.revoke(secretOf("client"), family.refreshToken());

        assertEquals(Map.of(jti(family.accessToken()), true, jti(sibling.accessToken()), false), accessTokensRevoked());
        assertEquals(
                2,
                db.all(IssuedToken.class).stream()
                        .filter(IssuedToken::isRevoked)
                        .count());
    }

    @Test
    void whenAnotherClientsUnknownOrMalformedTokenIsNamedThenNothingChangesAndNothingIsSaid() throws Exception {
        for (String token : new String[] {family.accessToken(), family.refreshToken()}) {
            revocation.revoke(secretOf("other"), token);
        }
        revocation.revoke(secretOf("client"), "unknown-token");
        revocation.revoke(secretOf("client"), "a.b.c");

        assertEquals(
                0,
                db.all(IssuedToken.class).stream()
                        .filter(IssuedToken::isRevoked)
                        .count());
    }

    @Test
    void whenRevokedAgainThenTheFirstRevocationStands() throws Exception {
        revocation.revoke(secretOf("client"), family.accessToken());
        TestContainer later =
                new TestContainer(db, Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC), TestSettings.settings());

        later.get(RevocationService.class).revoke(secretOf("client"), family.accessToken());

        assertEquals(
                NOW,
                db.all(IssuedToken.class).stream()
                        .filter(IssuedToken::isRevoked)
                        .findFirst()
                        .orElseThrow()
                        .getRevokedAt());
    }

    @Test
    void whenTheClientFailsToAuthenticateThenInvalidClientAndNothingRevoked() {
        OAuthException e = assertThrows(
                OAuthException.class,
                () -> revocation.revoke(new ClientCredentials(null, "client", "wrong"), family.accessToken()));

        assertEquals(OAuthError.INVALID_CLIENT, e.error());
        assertEquals(
                0,
                db.all(IssuedToken.class).stream()
                        .filter(IssuedToken::isRevoked)
                        .count());
    }

    @Test
    void whenTheTokenParameterIsMissingThenInvalidRequest() {
        for (String token : new String[] {null, ""}) {
            assertEquals(
                    OAuthError.INVALID_REQUEST,
                    assertThrows(OAuthException.class, () -> revocation.revoke(secretOf("client"), token))
                            .error());
        }
    }

    /** Whether each access token is revoked (itself or through its grant), by jti. */
    private static Map<String, Boolean> accessTokensRevoked() {
        Map<String, Boolean> revoked = new TreeMap<>();
        db.all(IssuedToken.class).stream()
                .filter(t -> t.getTokenHash() == null)
                .forEach(t -> revoked.put(t.getJti(), t.isRevoked()));
        return revoked;
    }

    private static String jti(String accessToken) throws Exception {
        return SignedJWT.parse(accessToken).getJWTClaimsSet().getJWTID();
    }

    @Test
    void whenTokensAreRevokedThenEachRevocationIsRecordedWithTheClientAsActor() throws Exception {
        String refreshHash = container.get(SecretHasher.class).hash(family.refreshToken());
        IssuedToken refresh = db.all(IssuedToken.class).stream()
                .filter(t -> refreshHash.equals(t.getTokenHash()))
                .findFirst()
                .orElseThrow();
        String accessJti = jti(sibling.accessToken());
        IssuedToken access = db.all(IssuedToken.class).stream()
                .filter(t -> t.getJti().equals(accessJti))
                .findFirst()
                .orElseThrow();
        RecordedEvents events = new RecordedEvents(db);

        revocation.revoke(secretOf("client"), sibling.accessToken());
        revocation.revoke(secretOf("client"), family.refreshToken());
        revocation.revoke(secretOf("other"), family.accessToken());
        revocation.revoke(secretOf("client"), "unknown");

        assertEquals(
                List.of(
                        "TOKEN_REVOKED/SUCCESS actor=client:client user=alice client=client scopes=repo:read grant="
                                + access.getGrant().getId() + " jti=" + access.getJti()
                                + " detail=Access token revoked (RFC 7009)",
                        "TOKEN_REVOKED/SUCCESS actor=client:client user=alice client=client scopes=repo:read grant="
                                + refresh.getGrant().getId() + " jti=" + refresh.getJti()
                                + " detail=Refresh token revoked (RFC 7009) with its authorization's access tokens"),
                events.since());
    }
}
