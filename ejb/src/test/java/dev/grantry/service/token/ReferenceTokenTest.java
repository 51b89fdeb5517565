package dev.grantry.service.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.grant.IssuedToken;
import dev.grantry.persistence.grant.TokenKind;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.persistence.user.User;
import dev.grantry.service.client.ClientCredentials;
import dev.grantry.service.testing.Fixtures;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import dev.grantry.service.user.UserView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Access tokens that outlive {@code grantry.token.max-jwt-lifetime} are opaque reference tokens, revocable at once. */
class ReferenceTokenTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    final TestContainer container = at(NOW, Map.of());
    final TokenIssuer issuer = container.get(TokenIssuer.class);
    final AccessTokenVerifier verifier = container.get(AccessTokenVerifier.class);
    final IntrospectionService introspection = container.get(IntrospectionService.class);
    final RevocationService revocation = container.get(RevocationService.class);
    final Fixtures stored = new Fixtures(db, container);
    final Application quay = stored.confidential(
            "quay", "secret", Set.of(GrantType.AUTHORIZATION_CODE), Set.of("repo:read", "user:read"));
    final User alice = stored.user("alice");

    static TestContainer at(Instant now, Map<String, String> settings) {
        return new TestContainer(db, Clock.fixed(now, ZoneOffset.UTC), TestSettings.settings(settings));
    }

    @Test
    void whenDirectlyApprovedForTenYearsThenAnOpaqueTokenStoredOnlyAsItsHash() {
        IssuedTokens issued = issuer.issueDirectlyApproved(quay, alice, Set.of("repo:read"));

        assertFalse(TokenRecords.isJwt(issued.accessToken()), "not a JWT");
        assertTrue(issued.accessToken().length() >= 43, "at least 256 bits");
        assertEquals(Duration.ofHours(87660).toSeconds(), issued.expiresIn());
        IssuedToken record = db.all(IssuedToken.class).get(0);
        assertEquals(TokenKind.ACCESS, record.getKind());
        assertNotEquals(issued.accessToken(), record.getTokenHash());
        assertTrue(record.getTokenHash().startsWith("hs256:"));
        assertFalse(record.getTokenHash().contains(issued.accessToken()));
    }

    @Test
    void whenAReferenceTokenIsPresentedThenVerifiedAndIntrospectedAsItsRecordSays() {
        String token =
                issuer.issueDirectlyApproved(quay, alice, Set.of("repo:read")).accessToken();

        VerifiedAccessToken verified = verifier.verify(token).orElseThrow();
        assertEquals("alice", verified.user().map(UserView::username).orElseThrow());
        assertEquals(Set.of("repo:read"), verified.scopes());
        Introspection described = introspection.introspect(null, secretOfQuay(), token);
        assertTrue(described.active());
        assertEquals("Bearer", described.tokenType());
        assertEquals("alice", described.username());
        assertEquals(NOW.plus(Duration.ofHours(87660)), described.expiresAt());
    }

    @Test
    void whenAReferenceTokenIsRevokedThenInactiveAtOnce() {
        String token =
                issuer.issueDirectlyApproved(quay, alice, Set.of("repo:read")).accessToken();

        revocation.revoke(secretOfQuay(), token);

        assertTrue(verifier.verify(token).isEmpty());
        assertFalse(introspection.introspect(null, secretOfQuay(), token).active());
    }

    @Test
    void whenTheLifetimeIsWithinTheJwtMaximumThenAJwtAndWhenTheMaximumIsLowerThenOpaque() {
        assertTrue(TokenRecords.isJwt(
                issuer.issue(quay, alice, Set.of("repo:read"), null, false).accessToken()));

        TokenIssuer strict =
                at(NOW, Map.of("grantry.token.max-jwt-lifetime", "PT30M")).get(TokenIssuer.class);
        String opaque =
                strict.issue(quay, alice, Set.of("repo:read"), null, false).accessToken();

        assertFalse(TokenRecords.isJwt(opaque), "a 1-hour token exceeds a 30-minute maximum");
        assertTrue(verifier.verify(opaque).isPresent());
    }

    @Test
    void whenAReferenceTokenExpiresOrARefreshTokenIsPresentedAsAccessTokenThenNotVerified() {
        String token = at(NOW, Map.of("grantry.token.max-jwt-lifetime", "PT30M"))
                .get(TokenIssuer.class)
                .issue(quay, alice, Set.of("repo:read"), null, true)
                .accessToken();
        String refreshToken =
                issuer.issue(quay, alice, Set.of("repo:read"), null, true).refreshToken();

        assertTrue(at(NOW.plus(Duration.ofHours(1)), Map.of())
                .get(AccessTokenVerifier.class)
                .verify(token)
                .isEmpty());
        assertTrue(verifier.verify(refreshToken).isEmpty());
    }

    private static ClientCredentials secretOfQuay() {
        return new ClientCredentials(null, "quay", "secret");
    }
}
