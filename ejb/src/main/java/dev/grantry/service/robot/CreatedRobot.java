package dev.grantry.service.robot;

/** A robot with its new token, which is shown this once: only its keyed hash is stored. */
public record CreatedRobot(RobotView robot, String token) {}
