package dev.grantry.service.robot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.robot.Robot;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.service.testing.RecordedEvents;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import dev.grantry.service.user.NewUser;
import dev.grantry.service.user.PasswordHasher;
import dev.grantry.service.user.TestPasswords;
import dev.grantry.service.user.UserService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A robot's life: created with a token shown once, changed, given a new token, deleted; each step audited. */
class RobotServiceTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final Instant NOW = Instant.parse("2026-08-01T12:00:00Z");

    final TestContainer container = new TestContainer(db, Clock.fixed(NOW, ZoneOffset.UTC), TestSettings.settings())
            .with(PasswordHasher.class, TestPasswords.fastHasher());
    final RobotService robots = container.get(RobotService.class);

    {
        container.get(UserService.class).create(new NewUser("alice", null, null, "alice's password", Set.of()));
    }

    @Test
    void whenCreatedThenItsTokenIsShownOnceAndStoredOnlyAsAKeyedHash() {
        CreatedRobot created = robots.create("alice", "alice", "ci", "Builds the app", "app:push web:pull");

        assertEquals("alice+ci", created.robot().name());
        assertEquals("Builds the app", created.robot().description());
        assertEquals("app:push web:pull", created.robot().permissions());
        assertEquals(NOW, created.robot().createdAt());
        assertTrue(created.token().length() >= 43, "256 random bits");
        String stored = db.all(Robot.class).get(0).getTokenHash();
        assertTrue(stored.startsWith("hs256:"), stored);
        assertFalse(stored.contains(created.token()));
        assertEquals(List.of(created.robot()), robots.list("alice"));
        assertEquals(List.of(created.robot()), robots.all());
    }

    @Test
    void whenTheTokenIsRightThenTheRobotAuthenticatesWithItsPermissions() {
        String token =
                robots.create("alice", "alice", "ci", null, "app:push web:pull").token();

        AuthenticatedRobot robot = robots.authenticate("alice+ci", token).orElseThrow();

        assertEquals("alice+ci", robot.name());
        assertEquals("alice", robot.owner());
        assertEquals(Set.of("pull", "push"), robot.actions("alice/app"));
        assertEquals(Set.of("pull"), robot.actions("alice/web"));
        assertEquals(Set.of(), robot.actions("alice/other"));
        assertEquals(Set.of(), robot.actions("bob/app"));
        assertTrue(robots.authenticate("alice+ci", token + "x").isEmpty());
        assertTrue(robots.authenticate("alice+cd", token).isEmpty());
        assertTrue(robots.authenticate("alice", token).isEmpty());
        assertTrue(robots.authenticate(null, token).isEmpty());
    }

    @Test
    void whenTheTokenIsRegeneratedThenOnlyTheNewOneWorks() {
        String old = robots.create("alice", "alice", "ci", null, "app:pull").token();

        CreatedRobot regenerated = robots.regenerateToken("alice", "alice", "ci");

        assertNotEquals(old, regenerated.token());
        assertTrue(robots.authenticate("alice+ci", old).isEmpty());
        assertTrue(robots.authenticate("alice+ci", regenerated.token()).isPresent());
    }

    @Test
    void whenDeletedOrItsOwnerDisabledThenItsTokenIsRefused() {
        String token = robots.create("alice", "alice", "ci", null, "app:pull").token();
        String other = robots.create("alice", "alice", "cd", null, "app:pull").token();

        robots.delete("alice", "alice", "ci");
        assertTrue(robots.authenticate("alice+ci", token).isEmpty());
        assertEquals(
                List.of("alice+cd"),
                robots.list("alice").stream().map(RobotView::name).toList());

        db.execute("UPDATE grantry_user SET enabled = FALSE WHERE username = 'alice'");
        assertTrue(robots.authenticate("alice+cd", other).isEmpty());
    }

    @Test
    void whenUpdatedThenThePermissionsAreReplaced() {
        String token = robots.create("alice", "alice", "ci", null, "app:push").token();

        RobotView updated = robots.update("admin", "alice", "ci", "Pulls only", "app:pull");

        assertEquals("app:pull", updated.permissions());
        assertEquals("Pulls only", updated.description());
        assertEquals(
                Set.of("pull"),
                robots.authenticate("alice+ci", token).orElseThrow().actions("alice/app"));
    }

    @Test
    void whenTheNameOrPermissionsAreBadThenAClearRefusal() {
        robots.create("alice", "alice", "ci", null, "");
        Map<String, String[]> bad = Map.of(
                "taken", new String[] {"alice", "ci", "app:pull"},
                "short name", new String[] {"alice", "CI", "app:pull"},
                "plus", new String[] {"alice", "c+i", "app:pull"},
                "owner", new String[] {"nobody", "ci", "app:pull"},
                "action", new String[] {"alice", "cd", "app:delete"},
                "no action", new String[] {"alice", "cd", "app"},
                "repository", new String[] {"alice", "cd", "App:pull"});
        bad.forEach((why, input) -> {
            InvalidRobotException e = assertThrows(
                    InvalidRobotException.class, () -> robots.create("alice", input[0], input[1], null, input[2]), why);
            assertFalse(e.getMessage().isBlank());
        });
        assertThrows(InvalidRobotException.class, () -> robots.delete("alice", "alice", "nope"));
        assertEquals(1, db.all(Robot.class).size());
    }

    @Test
    void whenRobotsChangeThenEachChangeIsAnAuditEventWithoutTheToken() {
        RecordedEvents events = new RecordedEvents(db);

        String token = robots.create("alice", "alice", "ci", null, "app:push").token();
        robots.update("admin", "alice", "ci", null, "app:pull");
        String regenerated = robots.regenerateToken("alice", "alice", "ci").token();
        robots.delete("admin", "alice", "ci");

        List<String> recorded = events.since();
        assertEquals(
                List.of(
                        "ROBOT_CREATED/SUCCESS actor=alice user=alice detail=alice+ci: app:push",
                        "ROBOT_UPDATED/SUCCESS actor=admin user=alice detail=alice+ci: app:pull",
                        "ROBOT_TOKEN_REGENERATED/SUCCESS actor=alice user=alice detail=alice+ci: app:pull",
                        "ROBOT_DELETED/SUCCESS actor=admin user=alice detail=alice+ci: app:pull"),
                recorded);
        assertFalse(recorded.toString().contains(token));
        assertFalse(recorded.toString().contains(regenerated));
    }
}
