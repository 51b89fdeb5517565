package dev.grantry.persistence.authorize;

import static dev.grantry.persistence.testing.TestEntities.application;
import static dev.grantry.persistence.testing.TestEntities.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

class JpaConsentRepositoryTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final ConsentRepository consents = db.inject(new JpaConsentRepository());
    private final Application first = application("first", ClientType.PUBLIC, Set.of(), Set.of());
    private final Application second = application("second", ClientType.PUBLIC, Set.of(), Set.of());
    private final User alice = user("alice");
    private final User bob = user("bob");

    @BeforeEach
    void store() {
        db.persist(first, second, alice, bob);
    }

    @Test
    void whenAddedThenFoundForThatUserAndApplicationOnly() {
        db.inTransaction(() -> consents.add(new Consent(alice.getId(), first.getId(), Set.of("repo:read"), NOW)));

        Consent found = db.inTransaction(() -> consents.find(alice.getId(), first.getId()))
                .orElseThrow();

        assertEquals(Set.of("repo:read"), found.getScopes());
        assertEquals(NOW, found.getGrantedAt());
        assertTrue(db.inTransaction(() -> consents.find(alice.getId(), second.getId()))
                .isEmpty());
        assertTrue(db.inTransaction(() -> consents.find(bob.getId(), first.getId()))
                .isEmpty());
    }

    @Test
    void whenMoreScopesGrantedThenTheUnionIsStored() {
        db.inTransaction(() -> consents.add(new Consent(alice.getId(), first.getId(), Set.of("repo:read"), NOW)));

        db.inTransaction(() -> consents.find(alice.getId(), first.getId())
                .orElseThrow()
                .grant(Set.of("user:read"), NOW.plusSeconds(5)));

        Consent found = db.inTransaction(() -> consents.find(alice.getId(), first.getId()))
                .orElseThrow();
        assertEquals(Set.of("repo:read", "user:read"), found.getScopes());
        assertEquals(NOW.plusSeconds(5), found.getGrantedAt());
        assertEquals(List.of("repo:read user:read"), db.column("SELECT scopes FROM consent"));
    }

    @Test
    void whenAColumnWasWrittenInTodaysFormatThenItIsReadAsItsSet() {
        db.execute("INSERT INTO consent (id, user_id, application_id, scopes, granted_at) VALUES (1, " + alice.getId()
                + ", " + first.getId() + ", 'openid repo:read  user:read', TIMESTAMP WITH TIME ZONE "
                + "'2026-03-01 12:00:00+00')");

        Consent found = db.inTransaction(() -> consents.find(alice.getId(), first.getId()))
                .orElseThrow();

        assertEquals(Set.of("openid", "repo:read", "user:read"), found.getScopes());
        assertEquals(NOW, found.getGrantedAt());
    }

    @Test
    void whenListedByUserThenEveryApplicationOfTheirs() {
        db.inTransaction(() -> {
            consents.add(new Consent(alice.getId(), first.getId(), Set.of("repo:read"), NOW));
            consents.add(new Consent(alice.getId(), second.getId(), Set.of("user:read"), NOW));
            consents.add(new Consent(bob.getId(), first.getId(), Set.of("email"), NOW));
        });

        List<Consent> found = db.inTransaction(() -> consents.findByUser(alice.getId()));

        assertEquals(
                Set.of(first.getId(), second.getId()),
                Set.copyOf(found.stream().map(Consent::getApplicationId).toList()));
    }

    @Test
    void whenRemovedThenOnlyThatUsersConsentForThatApplicationGoes() {
        db.inTransaction(() -> {
            consents.add(new Consent(alice.getId(), first.getId(), Set.of("repo:read"), NOW));
            consents.add(new Consent(alice.getId(), second.getId(), Set.of("repo:read"), NOW));
            consents.add(new Consent(bob.getId(), first.getId(), Set.of("repo:read"), NOW));
        });

        db.inTransaction(() -> consents.remove(alice.getId(), first.getId()));

        assertTrue(db.inTransaction(() -> consents.find(alice.getId(), first.getId()))
                .isEmpty());
        assertTrue(db.inTransaction(() -> consents.find(alice.getId(), second.getId()))
                .isPresent());
        assertTrue(db.inTransaction(() -> consents.find(bob.getId(), first.getId()))
                .isPresent());
    }
}
