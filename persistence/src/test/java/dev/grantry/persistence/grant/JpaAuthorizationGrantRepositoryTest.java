package dev.grantry.persistence.grant;

import static dev.grantry.persistence.testing.TestEntities.application;
import static dev.grantry.persistence.testing.TestEntities.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ClientType;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.persistence.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every revocation takes a grant's whole family of tokens with it, and nothing else. */
class JpaAuthorizationGrantRepositoryTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    private static final Instant ISSUED = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant NOW = ISSUED.plusSeconds(60);
    private static final Instant LATER = NOW.plusSeconds(60);
    /** Stands for "not revoked" in the maps of revocation times. */
    private static final Instant NONE = Instant.EPOCH;

    private final AuthorizationGrantRepository grants = db.inject(new JpaAuthorizationGrantRepository());
    private final IssuedTokenRepository tokens = db.inject(new JpaIssuedTokenRepository());
    private final Application app1 = application("app1", ClientType.CONFIDENTIAL, Set.of(), Set.of("repo:read"));
    private final Application app2 = application("app2", ClientType.CONFIDENTIAL, Set.of(), Set.of("repo:read"));
    private final User alice = user("alice");
    private final User bob = user("bob");

    @BeforeEach
    void store() {
        db.persist(app1, app2, alice, bob);
    }

    @Test
    void whenAddedThenStoredWithItsScopesInOneSortedColumnAndItsOrigin() {
        AuthorizationGrant grant = db.inTransaction(() -> grants.add(
                new AuthorizationGrant(app1, alice, Set.of("user:read", "repo:read"), "hs256:code", ISSUED)));

        AuthorizationGrant found =
                db.inTransaction(() -> db.entityManager().find(AuthorizationGrant.class, grant.getId()));

        assertEquals(Set.of("repo:read", "user:read"), found.getScopes());
        assertEquals("hs256:code", found.getOriginCodeHash());
        assertEquals(app1.getId(), found.getApplication().getId());
        assertEquals(alice.getId(), found.getUser().getId());
        assertEquals(ISSUED, found.getCreatedAt());
        assertFalse(found.isRevoked());
        assertEquals(List.of("repo:read user:read"), db.column("SELECT scope FROM authorization_grant"));
    }

    @Test
    void whenLockedThenTrueForAStoredGrantAndFalseForAnUnknownOne() {
        AuthorizationGrant grant = db.inTransaction(
                () -> grants.add(new AuthorizationGrant(app1, alice, Set.of("repo:read"), null, ISSUED)));

        assertTrue(db.inTransaction(() -> grants.lock(grant.getId())));
        assertFalse(db.inTransaction(() -> grants.lock(grant.getId() + 1000)));
    }

    @Test
    void whenRevokedByOriginCodeThenThatCodesFamiliesAreRevokedOnceAndOthersStay() {
        family("fromCode", app1, alice, "hs256:code");
        family("fromOther", app1, alice, "hs256:other");

        assertEquals(1, db.inTransaction(() -> grants.revokeByOriginCode("hs256:code", NOW)));
        assertEquals(0, db.inTransaction(() -> grants.revokeByOriginCode("hs256:code", LATER)));

        assertEquals(Map.of("fromCode", NOW, "fromOther", NONE), grantRevocations());
        assertEquals(
                Map.of(
                        "fromCode-access",
                        NOW,
                        "fromCode-refresh",
                        NOW,
                        "fromCode-rotated",
                        NOW,
                        "fromOther-access",
                        NONE,
                        "fromOther-refresh",
                        NONE,
                        "fromOther-rotated",
                        NONE),
                tokenRevocations());
    }

    @Test
    void whenGrantRevokedThenItsWholeFamilyIsRevokedAndNoOther() {
        long id = family("target", app1, alice, null);
        family("sibling", app1, alice, null);

        db.inTransaction(() -> grants.revoke(id, NOW));

        assertEquals(Map.of("target", NOW, "sibling", NONE), grantRevocations());
        assertEquals(
                Map.of(
                        "target-access",
                        NOW,
                        "target-refresh",
                        NOW,
                        "target-rotated",
                        NOW,
                        "sibling-access",
                        NONE,
                        "sibling-refresh",
                        NONE,
                        "sibling-rotated",
                        NONE),
                tokenRevocations());
        assertTrue(db.inTransaction(() -> tokens.findByJti("target-access"))
                .orElseThrow()
                .isRevoked());
    }

    @Test
    void whenRevokedByUserAndApplicationThenOnlyThatPairsTokens() {
        family("aliceApp1", app1, alice, null);
        family("aliceApp2", app2, alice, null);
        family("bobApp1", app1, bob, null);
        clientCredentials("machine1", app1);

        db.inTransaction(() -> grants.revokeByUserAndApplication(alice.getId(), app1.getId(), NOW));

        assertEquals(Set.of("aliceApp1"), revoked(grantRevocations()));
        assertEquals(Set.of("aliceApp1-access", "aliceApp1-refresh", "aliceApp1-rotated"), revoked(tokenRevocations()));
    }

    @Test
    void whenRevokedByUserThenTheirTokensForEveryApplication() {
        family("aliceApp1", app1, alice, null);
        family("aliceApp2", app2, alice, null);
        family("bobApp1", app1, bob, null);
        clientCredentials("machine1", app1);

        db.inTransaction(() -> grants.revokeByUser(alice.getId(), NOW));

        assertEquals(Set.of("aliceApp1", "aliceApp2"), revoked(grantRevocations()));
        assertEquals(
                Set.of(
                        "aliceApp1-access",
                        "aliceApp1-refresh",
                        "aliceApp1-rotated",
                        "aliceApp2-access",
                        "aliceApp2-refresh",
                        "aliceApp2-rotated"),
                revoked(tokenRevocations()));
    }

    @Test
    void whenRevokedByApplicationThenEveryUsersTokensAndItsOwnClientCredentialsTokens() {
        family("aliceApp1", app1, alice, null);
        family("bobApp1", app1, bob, null);
        family("aliceApp2", app2, alice, null);
        clientCredentials("machine1", app1);
        clientCredentials("machine2", app2);

        db.inTransaction(() -> grants.revokeByApplication(app1.getId(), NOW));

        assertEquals(Set.of("aliceApp1", "bobApp1"), revoked(grantRevocations()));
        assertEquals(
                Set.of(
                        "aliceApp1-access",
                        "aliceApp1-refresh",
                        "aliceApp1-rotated",
                        "bobApp1-access",
                        "bobApp1-refresh",
                        "bobApp1-rotated",
                        "machine1"),
                revoked(tokenRevocations()));
    }

    @Test
    void whenAlreadyRevokedThenTheFirstRevocationTimeStays() {
        long id = family("family", app1, alice, null);
        db.inTransaction(() -> tokens.revoke("family-access", ISSUED));

        db.inTransaction(() -> grants.revoke(id, NOW));
        db.inTransaction(() -> grants.revokeByUser(alice.getId(), LATER));

        assertEquals(Map.of("family", NOW), grantRevocations());
        assertEquals(Map.of("family-access", ISSUED, "family-refresh", NOW, "family-rotated", NOW), tokenRevocations());
    }

    /**
     * Stores a grant named {@code name} (its scope) with an access token, a used refresh token and the refresh token
     * that rotated it: {@code name-access}, {@code name-refresh}, {@code name-rotated}.
     */
    private long family(String name, Application application, User user, String originCodeHash) {
        return db.inTransaction(() -> {
            AuthorizationGrant grant =
                    grants.add(new AuthorizationGrant(application, user, Set.of(name), originCodeHash, ISSUED));
            tokens.add(token(name + "-access", TokenKind.ACCESS, grant, application, user));
            tokens.add(token(name + "-refresh", TokenKind.REFRESH, grant, application, user));
            tokens.add(token(name + "-rotated", TokenKind.REFRESH, grant, application, user));
            return grant.getId();
        });
    }

    private void clientCredentials(String jti, Application application) {
        db.inTransaction(() -> tokens.add(token(jti, TokenKind.ACCESS, null, application, null)));
    }

    private static IssuedToken token(
            String jti, TokenKind kind, AuthorizationGrant grant, Application application, User user) {
        return new IssuedToken(
                jti,
                kind,
                kind == TokenKind.REFRESH ? "hs256:" + jti : null,
                grant,
                application,
                user,
                Set.of("repo:read"),
                ISSUED,
                ISSUED.plusSeconds(3600));
    }

    /** Each grant's revocation time by its (one) scope, {@link #NONE} when it is not revoked. */
    private Map<String, Instant> grantRevocations() {
        Map<String, Instant> revocations = new TreeMap<>();
        db.all(AuthorizationGrant.class)
                .forEach(g -> revocations.put(g.getScopes().iterator().next(), orNone(g.getRevokedAt())));
        return revocations;
    }

    /** Each token's own revocation time by jti, {@link #NONE} when it is not revoked. */
    private Map<String, Instant> tokenRevocations() {
        Map<String, Instant> revocations = new TreeMap<>();
        db.all(IssuedToken.class).forEach(t -> revocations.put(t.getJti(), orNone(t.getRevokedAt())));
        return revocations;
    }

    private static Set<String> revoked(Map<String, Instant> revocations) {
        assertTrue(revocations.values().stream().allMatch(at -> at.equals(NOW) || at.equals(NONE)), "revoked now");
        return Set.copyOf(revocations.entrySet().stream()
                .filter(e -> e.getValue().equals(NOW))
                .map(Map.Entry::getKey)
                .toList());
    }

    private static Instant orNone(Instant instant) {
        return instant == null ? NONE : instant;
    }
}
