package dev.grantry.persistence.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.testing.GrantryDatabase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JpaScopeRepositoryTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    private final ScopeRepository scopes = db.inject(new JpaScopeRepository());

    @Test
    void whenMigratedThenTheSeededScopesByName() {
        List<String> names = db.inTransaction(() -> scopes.findAll()).stream()
                .map(Scope::getName)
                .toList();

        assertEquals(
                List.of(
                        "audit:read",
                        "email",
                        "event:write",
                        "openid",
                        "org:admin",
                        "profile",
                        "repo:admin",
                        "repo:create",
                        "repo:read",
                        "repo:write",
                        "token:introspect",
                        "user:admin",
                        "user:read"),
                names);
    }

    @Test
    void whenFoundByNamesThenTheKnownOnesByName() {
        List<Scope> found = db.inTransaction(() -> scopes.findByNames(Set.of("user:read", "no:such", "email")));

        assertEquals(
                List.of("email", "user:read"),
                found.stream().map(Scope::getName).toList());
        assertEquals("Read your email address", found.get(0).getDescription());
        assertEquals(List.of(), db.inTransaction(() -> scopes.findByNames(Set.of())));
    }

    @Test
    void whenAddedThenFoundByNameAndItsDescriptionCanChange() {
        db.inTransaction(() -> scopes.add(new Scope("calendar:read", "Read your calendar")));

        db.inTransaction(() -> scopes.findByName("calendar:read").orElseThrow().setDescription("See your calendar"));

        assertEquals(
                "See your calendar",
                db.inTransaction(() -> scopes.findByName("calendar:read"))
                        .orElseThrow()
                        .getDescription());
        assertTrue(db.inTransaction(() -> scopes.findByName("no:such")).isEmpty());
    }

    @Test
    void whenMigratedThenOnlyAuditReadAndTokenIntrospectArePrivileged() {
        List<String> privileged = db.inTransaction(() -> scopes.findAll()).stream()
                .filter(Scope::isPrivileged)
                .map(Scope::getName)
                .toList();

        assertEquals(List.of("audit:read", "token:introspect"), privileged);
    }

    @Test
    void whenKindChangedThenStored() {
        db.inTransaction(() -> scopes.findByName("repo:admin").orElseThrow().setKind(ScopeKind.PRIVILEGED));
        assertTrue(db.inTransaction(() -> scopes.findByName("repo:admin"))
                .orElseThrow()
                .isPrivileged());

        db.inTransaction(() -> scopes.findByName("repo:admin").orElseThrow().setKind(ScopeKind.DELEGABLE));
        assertFalse(db.inTransaction(() -> scopes.findByName("repo:admin"))
                .orElseThrow()
                .isPrivileged());
        assertEquals(ScopeKind.DELEGABLE, new Scope("calendar:read", "Read your calendar").getKind());
    }
}
