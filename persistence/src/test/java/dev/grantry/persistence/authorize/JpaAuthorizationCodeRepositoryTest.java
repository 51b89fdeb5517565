package dev.grantry.persistence.authorize;

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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JpaAuthorizationCodeRepositoryTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final AuthorizationCodeRepository codes = db.inject(new JpaAuthorizationCodeRepository());
    private final Application client = application("client", ClientType.PUBLIC, Set.of(), Set.of("repo:read"));
    private final User alice = user("alice");

    @BeforeEach
    void store() {
        db.persist(client, alice);
    }

    @Test
    void whenAddedThenFoundByHashWithWhatTheRequestBoundItTo() {
        db.inTransaction(() -> codes.add(code("hs256:one", NOW.plusSeconds(60))));

        AuthorizationCode found =
                db.inTransaction(() -> codes.findByHash("hs256:one")).orElseThrow();

        assertEquals(client.getId(), found.getApplication().getId());
        assertEquals(alice.getId(), found.getUser().getId());
        assertEquals("https://client.example/cb", found.getRedirectUri());
        assertEquals(Set.of("repo:read", "user:read"), found.getScopes());
        assertEquals("challenge", found.getCodeChallenge());
        assertEquals("S256", found.getCodeChallengeMethod());
        assertEquals(NOW, found.getCreatedAt());
        assertEquals(NOW.plusSeconds(60), found.getExpiresAt());
        assertNull(found.getUsedAt());
        assertTrue(db.inTransaction(() -> codes.findByHash("hs256:unknown")).isEmpty());
    }

    @Test
    void whenStoredThenScopesAreOneSortedSpaceDelimitedColumn() {
        db.inTransaction(() -> codes.add(code("hs256:one", NOW.plusSeconds(60))));

        assertEquals(List.of("repo:read user:read"), db.column("SELECT scopes FROM authorization_code"));
    }

    @Test
    void whenMarkedUsedTwiceThenOnlyTheFirstSucceeds() {
        db.inTransaction(() -> codes.add(code("hs256:one", NOW.plusSeconds(60))));

        assertTrue(db.inTransaction(() -> codes.markUsed("hs256:one", NOW.plusSeconds(1))));
        assertFalse(db.inTransaction(() -> codes.markUsed("hs256:one", NOW.plusSeconds(2))));

        assertEquals(
                NOW.plusSeconds(1),
                db.inTransaction(() -> codes.findByHash("hs256:one"))
                        .orElseThrow()
                        .getUsedAt());
        assertFalse(db.inTransaction(() -> codes.markUsed("hs256:unknown", NOW)));
    }

    @Test
    void whenTwoTransactionsRedeemTheSameCodeAtOnceThenExactlyOneMarksIt() throws Exception {
        db.inTransaction(() -> codes.add(code("hs256:one", NOW.plusSeconds(60))));

        List<Boolean> marked = db.overlapping(
                () -> codes.markUsed("hs256:one", NOW), () -> codes.markUsed("hs256:one", NOW.plusSeconds(1)));

        assertEquals(List.of(true, false), marked);
        assertEquals(
                NOW,
                db.inTransaction(() -> codes.findByHash("hs256:one"))
                        .orElseThrow()
                        .getUsedAt());
    }

    @Test
    void whenExpiredBeforeTheCutoffThenRemovedAndTheOthersKept() {
        db.inTransaction(() -> {
            codes.add(code("hs256:old", NOW.minus(Duration.ofDays(2))));
            codes.add(code("hs256:at-cutoff", NOW));
            codes.add(code("hs256:live", NOW.plusSeconds(60)));
        });

        db.inTransaction(() -> codes.removeExpiredBefore(NOW));

        assertEquals(
                List.of("hs256:at-cutoff", "hs256:live"),
                db.column("SELECT code_hash FROM authorization_code ORDER BY code_hash"));
    }

    private AuthorizationCode code(String hash, Instant expiresAt) {
        PendingAuthorization request = new PendingAuthorization(
                "p-" + hash,
                client,
                "https://client.example/cb",
                "https://client.example/cb",
                Set.of("user:read", "repo:read"),
                "state",
                "challenge",
                "S256",
                NOW);
        return new AuthorizationCode(hash, request, alice, NOW, expiresAt);
    }
}
