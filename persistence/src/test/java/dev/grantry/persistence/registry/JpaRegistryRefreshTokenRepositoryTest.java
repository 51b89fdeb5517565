package dev.grantry.persistence.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.robot.JpaRobotRepository;
import dev.grantry.persistence.robot.Robot;
import dev.grantry.persistence.robot.RobotRepository;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.persistence.testing.TestEntities;
import dev.grantry.persistence.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JpaRegistryRefreshTokenRepositoryTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofDays(30));

    private final RegistryRefreshTokenRepository tokens = db.inject(new JpaRegistryRefreshTokenRepository());
    private final RobotRepository robots = db.inject(new JpaRobotRepository());

    private static RegistryRefreshToken token(String hash, User user, Robot robot, Instant expiresAt) {
        return new RegistryRefreshToken(hash, user, robot, "registry.test", "docker", NOW, expiresAt);
    }

    @Test
    void whenAddedThenFoundByItsHashAndHoldsOnlyForItsServiceClientAndTime() {
        User alice = TestEntities.user("alice");
        db.persist(alice);
        db.inTransaction(() -> tokens.add(token("hs256:a", alice, null, LATER)));

        RegistryRefreshToken found =
                db.inTransaction(() -> tokens.findByHash("hs256:a")).orElseThrow();

        assertEquals("alice", found.getUser().getUsername());
        assertTrue(found.holds(NOW.plusSeconds(1), "registry.test", "docker"));
        assertFalse(found.holds(LATER, "registry.test", "docker"));
        assertFalse(found.holds(NOW, "other.test", "docker"));
        assertFalse(found.holds(NOW, "registry.test", "podman"));
        assertTrue(db.inTransaction(() -> tokens.findByHash("hs256:b")).isEmpty());
    }

    @Test
    void whenTheUserSignsOutEverywhereOrIsDisabledThenItNoLongerHolds() {
        User alice = TestEntities.user("alice");
        User bob = TestEntities.user("bob");
        db.persist(alice, bob);
        db.inTransaction(() -> {
            tokens.add(token("hs256:a", alice, null, LATER));
            tokens.add(token("hs256:b", bob, null, LATER));
        });

        db.update(User.class, alice.getId(), User::endSessions);
        db.update(User.class, bob.getId(), user -> user.setEnabled(false));

        assertFalse(db.inTransaction(() -> tokens.findByHash("hs256:a"))
                .orElseThrow()
                .holds(NOW, "registry.test", "docker"));
        assertFalse(db.inTransaction(() -> tokens.findByHash("hs256:b"))
                .orElseThrow()
                .holds(NOW, "registry.test", "docker"));
    }

    @Test
    void whenItsRobotGetsANewTokenThenItNoLongerHoldsAndWhenDeletedItGoes() {
        User alice = TestEntities.user("alice");
        db.persist(alice);
        Robot ci = db.inTransaction(() -> robots.add(new Robot(alice, "ci", null, "hs256:ci", NOW)));
        db.inTransaction(() -> tokens.add(token("hs256:r", alice, ci, LATER)));
        assertTrue(db.inTransaction(() -> tokens.findByHash("hs256:r"))
                .orElseThrow()
                .holds(NOW, "registry.test", "docker"));

        db.update(Robot.class, ci.getId(), robot -> robot.replaceToken("hs256:ci2", NOW.plusSeconds(5)));
        assertFalse(db.inTransaction(() -> tokens.findByHash("hs256:r"))
                .orElseThrow()
                .holds(NOW.plusSeconds(6), "registry.test", "docker"));

        db.inTransaction(() -> robots.remove(robots.findByName("alice", "ci").orElseThrow()));
        assertTrue(db.inTransaction(() -> tokens.findByHash("hs256:r")).isEmpty());
    }

    @Test
    void whenPurgedThenOnlyTheExpiredGo() {
        User alice = TestEntities.user("alice");
        db.persist(alice);
        db.inTransaction(() -> {
            tokens.add(token("hs256:old", alice, null, NOW.minusSeconds(1)));
            tokens.add(token("hs256:new", alice, null, LATER));
        });

        int removed = db.inTransaction(() -> tokens.removeExpiredBefore(NOW));

        assertEquals(1, removed);
        assertEquals(List.of("hs256:new"), db.column("SELECT token_hash FROM registry_refresh_token"));
    }
}
