package dev.grantry.service.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.grant.IssuedToken;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.persistence.user.Role;
import dev.grantry.persistence.user.SignInThrottle;
import dev.grantry.persistence.user.User;
import dev.grantry.persistence.user.UserRepository;
import dev.grantry.service.testing.Fixtures;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import dev.grantry.service.token.TokenIssuer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UserServiceTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");

    final PasswordHasher passwords = TestPasswords.fastHasher();
    final TestContainer container = new TestContainer(db, Clock.fixed(NOW, ZoneOffset.UTC), TestSettings.settings())
            .with(PasswordHasher.class, passwords);
    final UserService service = container.get(UserService.class);
    final UserRepository users = container.get(UserRepository.class);

    @Test
    void whenCreatedThenStoredWithTheUserRoleBesidesTheAskedOnesAndOnlyAHashOfThePassword() {
        UserView view = service.create(
                new NewUser("  carol ", " Carol C ", " carol@example.org ", "long enough", Set.of("auditor")));

        assertEquals(new UserView("carol", "Carol C", "carol@example.org", true, List.of("user", "auditor")), view);
        User stored = users.findByUsername("carol").orElseThrow();
        assertEquals(EnumSet.of(Role.USER, Role.AUDITOR), stored.getRoles());
        assertEquals(NOW, stored.getCreatedAt());
        assertFalse(stored.getPasswordHash().contains("long enough"));
        assertTrue(passwords.verify("long enough", stored.getPasswordHash()));
    }

    @Test
    void whenOptionalFieldsAreBlankThenNone() {
        UserView view = service.create(new NewUser("dave", " ", "", "long enough", null));

        assertNull(view.displayName());
        assertNull(view.email());
        assertEquals(List.of("user"), view.roles());
    }

    @Test
    void whenAFieldIsInvalidOrTheUsernameTakenThenRefusedSayingWhyAndNothingStored() {
        service.create(new NewUser("taken", null, null, "long enough", Set.of()));
        List<NewUser> invalid = List.of(
                new NewUser("", null, null, "long enough", Set.of()),
                new NewUser(".dot", null, null, "long enough", Set.of()),
                new NewUser("a".repeat(65), null, null, "long enough", Set.of()),
                new NewUser("erin", null, "not-an-address", "long enough", Set.of()),
                new NewUser("erin", "n".repeat(201), null, "long enough", Set.of()),
                new NewUser("erin", null, null, "short", Set.of()),
                new NewUser("erin", null, null, "p".repeat(1025), Set.of()),
                new NewUser("erin", null, null, null, Set.of()),
                new NewUser("erin", null, null, "long enough", Set.of("superuser")),
                new NewUser("taken", null, null, "long enough", Set.of()));

        for (NewUser user : invalid) {
            InvalidUserException e = assertThrows(InvalidUserException.class, () -> service.create(user));
            assertFalse(e.getMessage().isBlank());
        }
        assertEquals(
                List.of("taken"),
                service.list().stream().map(UserView::username).toList());
    }

    @Test
    void whenListedThenByUsernameWithoutPasswordHashes() {
        service.create(new NewUser("zoe", null, null, "long enough", Set.of()));
        service.create(new NewUser("adam", null, null, "long enough", Set.of("admin")));

        assertEquals(
                List.of(
                        new UserView("adam", null, null, true, List.of("user", "admin")),
                        new UserView("zoe", null, null, true, List.of("user"))),
                service.list());
    }

    @Test
    void whenAskedThenAdminAndAuditorAreTheGrantableRoles() {
        assertEquals(List.of("admin", "auditor"), service.grantableRoles());
    }

    @Test
    void whenDisabledThenTheUserIsStoredDisabledAndEveryTokenOfTheirsRevoked() {
        Fixtures stored = new Fixtures(db, container);
        User alice = stored.user("alice");
        User bob = stored.user("bob");
        Application client =
                stored.confidential("client", "secret", Set.of(GrantType.AUTHORIZATION_CODE), Set.of("repo:read"));
        TokenIssuer issuer = container.get(TokenIssuer.class);
        issuer.issue(client, alice, Set.of("repo:read"), null, true);
        issuer.issue(client, bob, Set.of("repo:read"), null, true);

        service.setEnabled("alice", false, "root");

        assertFalse(users.findByUsername("alice").orElseThrow().isEnabled());
        for (IssuedToken token : db.all(IssuedToken.class)) {
            assertEquals(token.getUser().getId().equals(alice.getId()), token.isRevoked(), token.getJti());
        }
        service.setEnabled("alice", true, "root");
        assertTrue(users.findByUsername("alice").orElseThrow().isEnabled());
    }

    @Test
    void whenDisabledThenEverySessionOfTheirsEndsAndEnablingAgainRevivesNone() {
        Fixtures stored = new Fixtures(db, container);
        stored.user("alice");
        stored.user("bob");
        SignedInSessions sessions = container.get(SignedInSessions.class);
        int alices = sessions.currentGeneration("alice").orElseThrow();
        int bobs = sessions.currentGeneration("bob").orElseThrow();

        service.setEnabled("alice", false, "root");

        assertTrue(sessions.currentGeneration("alice").isEmpty(), "no session of a disabled user goes on");
        assertFalse(sessions.isValid("alice", alices));
        service.setEnabled("alice", true, "root");
        assertFalse(sessions.isValid("alice", alices), "a session from before the disabling stays ended");
        assertTrue(sessions.isValid("alice", sessions.currentGeneration("alice").orElseThrow()));
        assertTrue(sessions.isValid("bob", bobs), "another user's session goes on");
        assertFalse(sessions.isValid("nobody", 0));
    }

    @Test
    void whenAnAdministratorDisablesThemselfOrAnUnknownUserThenRefused() {
        service.create(new NewUser("root", null, null, "long enough", Set.of("admin")));

        assertThrows(InvalidUserException.class, () -> service.setEnabled("root", false, "root"));
        assertThrows(InvalidUserException.class, () -> service.setEnabled("nobody", false, "root"));

        assertTrue(users.findByUsername("root").orElseThrow().isEnabled());
    }

    @Test
    void whenAnAdministratorExistsThenThereIsOne() {
        service.create(new NewUser("plain", null, null, "long enough", Set.of()));
        assertFalse(service.anyAdministrator());

        service.create(new NewUser("root", null, null, "long enough", Set.of("admin")));

        assertTrue(service.anyAdministrator());
    }

    @Test
    void whenAnAdministratorUnlocksALockedUserThenTheLockoutAndTheFailuresAreGone() {
        service.create(new NewUser("dora", null, null, "long enough", Set.of()));
        SignInThrottle throttle = new SignInThrottle("dora", NOW);
        throttle.recordFailure(NOW, Duration.ofMinutes(15), 1, Duration.ofMinutes(15));
        db.persist(throttle);
        assertEquals(Set.of("dora"), service.lockedUsernames());

        service.unlock("dora", "root");

        assertEquals(Set.of(), service.lockedUsernames());
        assertEquals(List.of(), db.column("SELECT username FROM sign_in_throttle"));
        assertThrows(InvalidUserException.class, () -> service.unlock("nobody", "root"));
    }
}
