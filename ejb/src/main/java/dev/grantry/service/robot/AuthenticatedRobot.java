package dev.grantry.service.robot;

import dev.grantry.persistence.robot.Robot;
import dev.grantry.persistence.robot.RobotPermission;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A robot whose token was checked: its id and name, its owner, and whether it may push to each repository it may
 * pull.
 */
public record AuthenticatedRobot(long id, String name, String owner, Map<String, Boolean> pushByRepository) {

    /** The robot as it is now: its current permissions. */
    public static AuthenticatedRobot of(Robot robot) {
        String owner = robot.getOwner().getUsername();
        return new AuthenticatedRobot(
                robot.getId(),
                robot.getName(),
                owner,
                robot.getPermissions().stream()
                        .collect(Collectors.toUnmodifiableMap(
                                permission -> owner + "/" + permission.getRepository(), RobotPermission::mayPush)));
    }

    /** The actions allowed on {@code repository} (its full name, {@code owner/app}): pull, and push when allowed. */
    public Set<String> actions(String repository) {
        Boolean push = pushByRepository.get(repository);
        if (push == null) {
            return Set.of();
        }
        return push ? Set.of(RobotPermissions.PULL, RobotPermissions.PUSH) : Set.of(RobotPermissions.PULL);
    }
}
