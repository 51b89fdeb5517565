package dev.grantry.persistence.robot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.persistence.testing.TestEntities;
import dev.grantry.persistence.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JpaRobotRepositoryTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

    private final RobotRepository robots = db.inject(new JpaRobotRepository());

    private Robot robot(User owner, String shortName, Set<RobotPermission> permissions) {
        Robot robot = new Robot(owner, shortName, "builds " + shortName, "hs256:" + shortName, NOW);
        robot.setPermissions(permissions);
        return robot;
    }

    @Test
    void whenAddedThenFoundByOwnerAndShortNameWithItsPermissions() {
        User alice = TestEntities.user("alice");
        db.persist(alice);
        db.inTransaction(() -> robots.add(
                robot(alice, "ci", Set.of(new RobotPermission("app", true), new RobotPermission("web", false)))));

        Robot found = db.inTransaction(() -> robots.findByName("alice", "ci")).orElseThrow();

        assertEquals("alice+ci", found.getName());
        assertEquals("builds ci", found.getDescription());
        assertEquals("hs256:ci", found.getTokenHash());
        assertEquals(NOW, found.getCreatedAt());
        assertEquals(NOW, found.getTokenIssuedAt());
        assertEquals(
                Set.of(new RobotPermission("app", true), new RobotPermission("web", false)), found.getPermissions());
        assertTrue(db.inTransaction(() -> robots.findByName("alice", "cd")).isEmpty());
        assertTrue(db.inTransaction(() -> robots.findByName("bob", "ci")).isEmpty());
    }

    @Test
    void whenListedThenByOwnerAndShortName() {
        User alice = TestEntities.user("alice");
        User bob = TestEntities.user("bob");
        db.persist(alice, bob);
        db.inTransaction(() -> {
            robots.add(robot(bob, "a", Set.of()));
            robots.add(robot(alice, "z", Set.of()));
            robots.add(robot(alice, "b", Set.of()));
        });

        assertEquals(
                List.of("alice+b", "alice+z"),
                db.inTransaction(() -> robots.findByOwner("alice")).stream()
                        .map(Robot::getName)
                        .toList());
        assertEquals(
                List.of("alice+b", "alice+z", "bob+a"),
                db.inTransaction(() -> robots.findAll()).stream()
                        .map(Robot::getName)
                        .toList());
    }

    @Test
    void whenRemovedThenItsPermissionsGoWithIt() {
        User alice = TestEntities.user("alice");
        db.persist(alice);
        db.inTransaction(() -> robots.add(robot(alice, "ci", Set.of(new RobotPermission("app", true)))));

        db.inTransaction(() -> robots.remove(robots.findByName("alice", "ci").orElseThrow()));

        assertTrue(db.inTransaction(() -> robots.findByName("alice", "ci")).isEmpty());
        assertEquals(List.of("0"), db.column("SELECT COUNT(*) FROM robot_permission"));
    }
}
