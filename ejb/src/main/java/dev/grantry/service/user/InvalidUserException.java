package dev.grantry.service.user;

import jakarta.ejb.ApplicationException;

/** A user could not be created or changed; the message says why in words fit for the person who asked. */
@ApplicationException(rollback = true)
public class InvalidUserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidUserException(String message) {
        super(message);
    }
}
