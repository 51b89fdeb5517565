package dev.grantry.service.robot;

import dev.grantry.persistence.audit.AuditEventType;
import dev.grantry.persistence.robot.Robot;
import dev.grantry.persistence.robot.RobotPermission;
import dev.grantry.persistence.robot.RobotRepository;
import dev.grantry.persistence.user.User;
import dev.grantry.persistence.user.UserRepository;
import dev.grantry.service.audit.AuditTrail;
import dev.grantry.service.secret.RandomSecrets;
import dev.grantry.service.secret.SecretHasher;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Creates, lists, changes, regenerates the token of and deletes robot accounts, each with its audit event in the
 * same transaction. The caller decides who may act on which owner's robots: a user's settings page passes the user as
 * both actor and owner, the administrators' page any owner. Robots authenticate to the registry token service only.
 */
@Stateless
public class RobotService {

    /** Quay's robot short names: a lower-case letter, then lower-case letters, digits and underscores. */
    private static final Pattern SHORT_NAME = Pattern.compile("[a-z][a-z0-9_]{1,63}");

    private static final int TOKEN_BITS = 256;
    private static final int MAX_DESCRIPTION = 500;

    @Inject
    RobotRepository robots;

    @Inject
    UserRepository users;

    @Inject
    SecretHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The robots of {@code owner}. */
    public List<RobotView> list(String owner) {
        return robots.findByOwner(owner).stream().map(RobotView::of).toList();
    }

    /** Every robot, for administrators. */
    public List<RobotView> all() {
        return robots.findAll().stream().map(RobotView::of).toList();
    }

    /**
     * Creates the robot {@code owner+shortName}; its token is in the answer, and only there.
     *
     * @param permissions as {@link RobotPermissions} reads them
     * @throws InvalidRobotException for an unknown owner, a bad or taken short name, or bad permissions
     */
    public CreatedRobot create(String actor, String owner, String shortName, String description, String permissions) {
        User user = users.findByUsername(owner == null ? "" : owner)
                .orElseThrow(() -> new InvalidRobotException("There is no user " + owner + "."));
        if (shortName == null || !SHORT_NAME.matcher(shortName).matches()) {
            throw new InvalidRobotException("A robot's name is 2 to 64 lower-case letters, digits or underscores,"
                    + " starting with a letter.");
        }
        if (robots.findByName(owner, shortName).isPresent()) {
            throw new InvalidRobotException("There is a robot " + owner + Robot.SEPARATOR + shortName + " already.");
        }
        Set<RobotPermission> granted = RobotPermissions.parse(owner, permissions);
        String token = RandomSecrets.generate(TOKEN_BITS);
        Robot robot = new Robot(user, shortName, description(description), hasher.hash(token), clock.instant());
        robot.setPermissions(granted);
        robots.add(robot);
        record(AuditEventType.ROBOT_CREATED, actor, robot);
        return new CreatedRobot(RobotView.of(robot), token);
    }

    /**
     * Replaces the robot's description and permissions; a permission taken away applies to the next registry token.
     *
     * @throws InvalidRobotException for an unknown robot or bad permissions
     */
    public RobotView update(String actor, String owner, String shortName, String description, String permissions) {
        Robot robot = find(owner, shortName);
        robot.setPermissions(RobotPermissions.parse(owner, permissions));
        robot.setDescription(description(description));
        record(AuditEventType.ROBOT_UPDATED, actor, robot);
        return RobotView.of(robot);
    }

    /**
     * Gives the robot a new token, shown this once; the old one stops at once.
     *
     * @throws InvalidRobotException for an unknown robot
     */
    public CreatedRobot regenerateToken(String actor, String owner, String shortName) {
        Robot robot = find(owner, shortName);
        String token = RandomSecrets.generate(TOKEN_BITS);
        robot.replaceToken(hasher.hash(token), clock.instant());
        record(AuditEventType.ROBOT_TOKEN_REGENERATED, actor, robot);
        return new CreatedRobot(RobotView.of(robot), token);
    }

    /**
     * Deletes the robot and its permissions; its token stops at once.
     *
     * @throws InvalidRobotException for an unknown robot
     */
    public void delete(String actor, String owner, String shortName) {
        Robot robot = find(owner, shortName);
        record(AuditEventType.ROBOT_DELETED, actor, robot);
        robots.remove(robot);
    }

    /**
     * The robot named {@code name} ({@code owner+shortName}) when {@code token} is its current token and its owner
     * is enabled; empty otherwise.
     */
    public Optional<AuthenticatedRobot> authenticate(String name, String token) {
        int separator = name == null ? -1 : name.indexOf(Robot.SEPARATOR);
        if (separator <= 0 || token == null) {
            return Optional.empty();
        }
        return robots.findByName(name.substring(0, separator), name.substring(separator + 1))
                .filter(robot -> robot.getOwner().isEnabled())
                .filter(robot -> hasher.matches(token, robot.getTokenHash()))
                .map(AuthenticatedRobot::of);
    }

    private Robot find(String owner, String shortName) {
        return robots.findByName(owner == null ? "" : owner, shortName == null ? "" : shortName)
                .orElseThrow(() -> new InvalidRobotException("There is no such robot."));
    }

    private static String description(String description) {
        String trimmed = description == null ? "" : description.trim();
        if (trimmed.length() > MAX_DESCRIPTION) {
            throw new InvalidRobotException("A description has at most " + MAX_DESCRIPTION + " characters.");
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    private void record(AuditEventType type, String actor, Robot robot) {
        audit.record(audit.success(type)
                .actor(actor)
                .subjectUser(robot.getOwner().getUsername())
                .detail(robot.getName() + ": " + RobotPermissions.format(robot.getPermissions())));
    }
}
