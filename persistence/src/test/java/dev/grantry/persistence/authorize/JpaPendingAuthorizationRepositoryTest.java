package dev.grantry.persistence.authorize;

import static dev.grantry.persistence.testing.TestEntities.application;
import static dev.grantry.persistence.testing.TestEntities.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ClientType;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.persistence.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JpaPendingAuthorizationRepositoryTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final PendingAuthorizationRepository pendings = db.inject(new JpaPendingAuthorizationRepository());
    private final Application client = application("client", ClientType.PUBLIC, Set.of(), Set.of());

    @BeforeEach
    void store() {
        db.persist(client);
    }

    @Test
    void whenAddedThenFoundWithEveryParameter() {
        db.inTransaction(() -> pendings.add(pending("p1", NOW)));

        PendingAuthorization found =
                db.inTransaction(() -> pendings.findForUpdate("p1")).orElseThrow();

        assertEquals(client.getId(), found.getApplication().getId());
        assertNull(found.getRedirectUri());
        assertEquals("https://client.example/cb", found.getEffectiveRedirectUri());
        assertEquals(Set.of("repo:read", "user:read"), found.getScopes());
        assertEquals("xyz", found.getState());
        assertEquals("challenge", found.getCodeChallenge());
        assertEquals("S256", found.getCodeChallengeMethod());
        assertNull(found.getUserId());
        assertEquals(NOW, found.getCreatedAt());
        assertTrue(db.inTransaction(() -> pendings.findForUpdate("unknown")).isEmpty());
    }

    @Test
    void whenBoundToAUserThenStoredBound() {
        User alice = user("alice");
        db.persist(alice);
        db.inTransaction(() -> pendings.add(pending("p1", NOW)));

        db.inTransaction(() -> pendings.findForUpdate("p1").orElseThrow().bindTo(alice.getId()));

        assertEquals(
                alice.getId(),
                db.inTransaction(() -> pendings.findForUpdate("p1"))
                        .orElseThrow()
                        .getUserId());
    }

    @Test
    void whenRemovedManagedOrDetachedThenGone() {
        db.inTransaction(() -> {
            pendings.add(pending("managed", NOW));
            pendings.add(pending("detached", NOW));
        });
        PendingAuthorization detached =
                db.inTransaction(() -> pendings.findForUpdate("detached")).orElseThrow();

        db.inTransaction(() -> pendings.remove(pendings.findForUpdate("managed").orElseThrow()));
        db.inTransaction(() -> pendings.remove(detached));

        assertEquals(List.of(), db.column("SELECT id FROM pending_authorization"));
    }

    @Test
    void whenCreatedBeforeTheCutoffThenRemovedAndTheOthersKept() {
        db.inTransaction(() -> {
            pendings.add(pending("old", NOW.minusSeconds(601)));
            pendings.add(pending("at-cutoff", NOW.minusSeconds(600)));
            pendings.add(pending("new", NOW));
        });

        db.inTransaction(() -> pendings.removeCreatedBefore(NOW.minusSeconds(600)));

        assertEquals(List.of("at-cutoff", "new"), db.column("SELECT id FROM pending_authorization ORDER BY id"));
    }

    private PendingAuthorization pending(String id, Instant createdAt) {
        return new PendingAuthorization(
                id,
                client,
                null,
                "https://client.example/cb",
                Set.of("user:read", "repo:read"),
                "xyz",
                "challenge",
                "S256",
                createdAt);
    }
}
