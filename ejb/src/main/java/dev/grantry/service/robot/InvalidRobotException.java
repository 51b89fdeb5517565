package dev.grantry.service.robot;

import jakarta.ejb.ApplicationException;

/** A robot could not be created or changed; the message says why in words fit for the person who asked. */
@ApplicationException(rollback = true)
public class InvalidRobotException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidRobotException(String message) {
        super(message);
    }
}
