package dev.grantry.persistence.grant;

import static dev.grantry.persistence.testing.TestEntities.application;
import static dev.grantry.persistence.testing.TestEntities.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ClientType;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.persistence.user.User;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JpaIssuedTokenRepositoryTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    private static final Instant ISSUED = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant NOW = ISSUED.plusSeconds(600);

    private final IssuedTokenRepository tokens = db.inject(new JpaIssuedTokenRepository());
    private final Application app1 = application("app1", ClientType.CONFIDENTIAL, Set.of(), Set.of("repo:read"));
    private final Application app2 = application("app2", ClientType.CONFIDENTIAL, Set.of(), Set.of("repo:read"));
    private final User alice = user("alice");
    private final User bob = user("bob");
    private final AuthorizationGrant grant = new AuthorizationGrant(app1, alice, Set.of("repo:read"), null, ISSUED);

    @BeforeEach
    void store() {
        db.persist(app1, app2, alice, bob, grant);
    }

    @Test
    void whenAddedThenFoundByJtiWithEveryField() {
        db.inTransaction(() -> tokens.add(new IssuedToken(
                "jti-1",
                TokenKind.REFRESH,
                "hs256:value",
                grant,
                app1,
                alice,
                Set.of("user:read", "repo:read"),
                ISSUED,
                ISSUED.plusSeconds(60))));

        IssuedToken found = db.inTransaction(() -> tokens.findByJti("jti-1")).orElseThrow();

        assertEquals(TokenKind.REFRESH, found.getKind());
        assertEquals("hs256:value", found.getTokenHash());
        assertEquals(grant.getId(), found.getGrant().getId());
        assertEquals(app1.getId(), found.getApplication().getId());
        assertEquals(alice.getId(), found.getUser().getId());
        assertEquals(Set.of("repo:read", "user:read"), found.getScopes());
        assertEquals(ISSUED, found.getIssuedAt());
        assertEquals(ISSUED.plusSeconds(60), found.getExpiresAt());
        assertNull(found.getRevokedAt());
        assertNull(found.getUsedAt());
        assertFalse(found.isRevoked());
        assertEquals(List.of("repo:read user:read"), db.column("SELECT scope FROM issued_token"));
        assertTrue(db.inTransaction(() -> tokens.findByJti("unknown")).isEmpty());
    }

    @Test
    void whenLookedUpByHashThenOnlyARefreshTokenIsFound() {
        db.inTransaction(() -> {
            tokens.add(token("refresh", TokenKind.REFRESH, "hs256:refresh", alice, app1, Set.of("a"), NOW));
            tokens.add(token("access", TokenKind.ACCESS, "hs256:access", alice, app1, Set.of("a"), NOW));
        });

        assertEquals(
                "refresh",
                db.inTransaction(() -> tokens.findRefreshByHash("hs256:refresh"))
                        .orElseThrow()
                        .getJti());
        assertTrue(
                db.inTransaction(() -> tokens.findRefreshByHash("hs256:access")).isEmpty());
        assertTrue(db.inTransaction(() -> tokens.findRefreshByHash("hs256:unknown"))
                .isEmpty());
    }

    @Test
    void whenMarkedUsedTwiceThenOnlyTheFirstSucceeds() {
        db.inTransaction(() -> tokens.add(token("r", TokenKind.REFRESH, "hs256:r", alice, app1, Set.of("a"), NOW)));

        assertTrue(db.inTransaction(() -> tokens.markUsed("r", ISSUED.plusSeconds(1))));
        assertFalse(db.inTransaction(() -> tokens.markUsed("r", ISSUED.plusSeconds(2))));

        assertEquals(
                ISSUED.plusSeconds(1),
                db.inTransaction(() -> tokens.findByJti("r")).orElseThrow().getUsedAt());
        assertFalse(db.inTransaction(() -> tokens.markUsed("unknown", NOW)));
    }

    @Test
    void whenTwoTransactionsMarkTheSameTokenUsedAtOnceThenExactlyOneSucceeds() throws Exception {
        db.inTransaction(() -> tokens.add(token("r", TokenKind.REFRESH, "hs256:r", alice, app1, Set.of("a"), NOW)));

        List<Boolean> marked =
                db.overlapping(() -> tokens.markUsed("r", NOW), () -> tokens.markUsed("r", NOW.plusSeconds(1)));

        assertEquals(List.of(true, false), marked);
        assertEquals(
                NOW, db.inTransaction(() -> tokens.findByJti("r")).orElseThrow().getUsedAt());
    }

    @Test
    void whenRevokedThenThatTokenOnlyAndAtTheFirstTime() {
        db.inTransaction(() -> {
            tokens.add(token("target", TokenKind.ACCESS, null, alice, app1, Set.of("a"), NOW));
            tokens.add(token("other", TokenKind.ACCESS, null, alice, app1, Set.of("a"), NOW));
        });

        db.inTransaction(() -> tokens.revoke("target", NOW));
        db.inTransaction(() -> tokens.revoke("target", NOW.plusSeconds(1)));

        assertEquals(
                NOW,
                db.inTransaction(() -> tokens.findByJti("target")).orElseThrow().getRevokedAt());
        assertTrue(
                db.inTransaction(() -> tokens.findByJti("target")).orElseThrow().isRevoked());
        assertFalse(
                db.inTransaction(() -> tokens.findByJti("other")).orElseThrow().isRevoked());
    }

    @Test
    void whenUseIsListedThenPerApplicationTheUnrevokedTokensFirstAndLastIssueAndLastExpiry() {
        db.inTransaction(() -> {
            tokens.add(token("a1", TokenKind.ACCESS, null, alice, app1, Set.of("a"), ISSUED, ISSUED.plusSeconds(60)));
            tokens.add(token(
                    "a2",
                    TokenKind.REFRESH,
                    "hs256:a2",
                    alice,
                    app1,
                    Set.of("a"),
                    ISSUED.plusSeconds(30),
                    ISSUED.plusSeconds(9000)));
            tokens.add(token(
                    "a3",
                    TokenKind.ACCESS,
                    null,
                    alice,
                    app1,
                    Set.of("a"),
                    ISSUED.plusSeconds(90),
                    ISSUED.plusSeconds(150)));
            tokens.add(token(
                    "revoked",
                    TokenKind.ACCESS,
                    null,
                    alice,
                    app1,
                    Set.of("a"),
                    ISSUED.minusSeconds(99),
                    ISSUED.plusSeconds(99999)));
            tokens.add(token("b1", TokenKind.ACCESS, null, alice, app2, Set.of("a"), ISSUED, ISSUED.plusSeconds(60)));
            tokens.add(token(
                    "bob",
                    TokenKind.ACCESS,
                    null,
                    bob,
                    app1,
                    Set.of("a"),
                    ISSUED.minusSeconds(500),
                    ISSUED.plusSeconds(99999)));
            tokens.revoke("revoked", ISSUED);
        });

        List<ApplicationUse> uses = db.inTransaction(() -> tokens.findUseByUser(alice.getId())).stream()
                .sorted(Comparator.comparing(ApplicationUse::applicationId))
                .toList();

        assertEquals(
                List.of(
                        new ApplicationUse(app1.getId(), ISSUED, ISSUED.plusSeconds(90), ISSUED.plusSeconds(9000)),
                        new ApplicationUse(app2.getId(), ISSUED, ISSUED, ISSUED.plusSeconds(60))),
                uses);
    }

    @Test
    void whenLiveScopesAreListedThenEachDistinctSetOfTheUsersUnrevokedUnexpiredTokensForTheApplication() {
        db.inTransaction(() -> {
            tokens.add(token("one", TokenKind.ACCESS, null, alice, app1, Set.of("a"), NOW.plusSeconds(1)));
            tokens.add(token("same", TokenKind.REFRESH, "hs256:same", alice, app1, Set.of("a"), NOW.plusSeconds(1)));
            tokens.add(token("two", TokenKind.ACCESS, null, alice, app1, Set.of("c", "b"), NOW.plusSeconds(1)));
            tokens.add(token("revoked", TokenKind.ACCESS, null, alice, app1, Set.of("d"), NOW.plusSeconds(1)));
            tokens.add(token("expired", TokenKind.ACCESS, null, alice, app1, Set.of("e"), NOW));
            tokens.add(token("otherApp", TokenKind.ACCESS, null, alice, app2, Set.of("f"), NOW.plusSeconds(1)));
            tokens.add(token("otherUser", TokenKind.ACCESS, null, bob, app1, Set.of("g"), NOW.plusSeconds(1)));
            tokens.revoke("revoked", ISSUED);
        });

        List<Set<String>> scopes = db.inTransaction(() -> tokens.findLiveScopes(alice.getId(), app1.getId(), NOW));

        assertEquals(2, scopes.size(), scopes.toString());
        assertEquals(Set.of(Set.of("a"), Set.of("b", "c")), Set.copyOf(scopes));
    }

    private static IssuedToken token(
            String jti,
            TokenKind kind,
            String hash,
            User user,
            Application application,
            Set<String> scopes,
            Instant expiresAt) {
        return token(jti, kind, hash, user, application, scopes, ISSUED, expiresAt);
    }

    private static IssuedToken token(
            String jti,
            TokenKind kind,
            String hash,
            User user,
            Application application,
            Set<String> scopes,
            Instant issuedAt,
            Instant expiresAt) {
        return new IssuedToken(jti, kind, hash, null, application, user, scopes, issuedAt, expiresAt);
    }
}
