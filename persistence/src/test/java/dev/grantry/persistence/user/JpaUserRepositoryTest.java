package dev.grantry.persistence.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.testing.GrantryDatabase;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JpaUserRepositoryTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

    private final UserRepository users = db.inject(new JpaUserRepository());

    @Test
    void whenAddedThenFoundByUsernameAndIdWithEveryField() {
        long id = db.inTransaction(() -> users.add(new User(
                        "carol", "Carol", "carol@example.org", "pbkdf2:h", EnumSet.of(Role.USER, Role.AUDITOR), NOW))
                .getId());

        User found = db.inTransaction(() -> users.findByUsername("carol").orElseThrow());
        assertEquals(id, found.getId());
        assertEquals("Carol", found.getDisplayName());
        assertEquals("carol@example.org", found.getEmail());
        assertEquals("pbkdf2:h", found.getPasswordHash());
        assertEquals(EnumSet.of(Role.USER, Role.AUDITOR), found.getRoles());
        assertEquals(NOW, found.getCreatedAt());
        assertTrue(found.isEnabled());
        assertEquals(
                "carol",
                db.inTransaction(() -> users.findById(id)).orElseThrow().getUsername());
    }

    @Test
    void whenUnknownThenEmpty() {
        assertTrue(db.inTransaction(() -> users.findByUsername("nobody")).isEmpty());
        assertTrue(db.inTransaction(() -> users.findById(-1)).isEmpty());
    }

    @Test
    void whenListedThenByUsername() {
        db.inTransaction(() -> {
            users.add(new User("zed", null, null, "h", EnumSet.of(Role.USER), NOW));
            users.add(new User("amy", null, null, "h", EnumSet.of(Role.USER), NOW));
        });

        List<String> names = db.inTransaction(() -> users.findAll()).stream()
                .map(User::getUsername)
                .toList();

        assertEquals(List.of("amy", "zed"), names);
    }

    @Test
    void whenSomeoneHasARoleThenItExistsAndOtherRolesDoNot() {
        db.inTransaction(() -> users.add(new User("plain", null, null, "h", EnumSet.of(Role.USER), NOW)));
        assertFalse(db.inTransaction(() -> users.existsWithRole(Role.ADMIN)));

        db.inTransaction(() -> users.add(new User("root", null, null, "h", EnumSet.of(Role.ADMIN), NOW)));

        assertTrue(db.inTransaction(() -> users.existsWithRole(Role.ADMIN)));
        assertFalse(db.inTransaction(() -> users.existsWithRole(Role.AUDITOR)));
        assertEquals(List.of("ADMIN", "USER"), db.column("SELECT role FROM grantry_user_role ORDER BY role"));
    }

    @Test
    void whenDisabledInATransactionThenStoredDisabled() {
        db.inTransaction(() -> users.add(new User("dora", null, null, "h", EnumSet.of(Role.USER), NOW)));

        db.inTransaction(() -> users.findByUsername("dora").orElseThrow().setEnabled(false));

        assertFalse(db.inTransaction(() -> users.findByUsername("dora"))
                .orElseThrow()
                .isEnabled());
    }
}
