package dev.grantry.service.robot;

import dev.grantry.persistence.robot.Robot;
import java.time.Instant;

/**
 * A robot as pages show it: its name {@code owner+shortName}, description, permissions in the form the pages take
 * them ({@code app:push web:pull}) and when it and its current token were made. Never its token.
 */
public record RobotView(
        String name,
        String owner,
        String shortName,
        String description,
        String permissions,
        Instant createdAt,
        Instant tokenIssuedAt) {

    static RobotView of(Robot robot) {
        return new RobotView(
                robot.getName(),
                robot.getOwner().getUsername(),
                robot.getShortName(),
                robot.getDescription() == null ? "" : robot.getDescription(),
                RobotPermissions.format(robot.getPermissions()),
                robot.getCreatedAt(),
                robot.getTokenIssuedAt());
    }
}
