package dev.grantry.service.client;

import jakarta.ejb.ApplicationException;

/**
 * The application does not exist or is not the caller's. Both are one case, so that nobody learns which client ids
 * exist; pages answer 403.
 */
@ApplicationException(rollback = true)
public class ApplicationAccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ApplicationAccessDeniedException() {
        super("You may not open this application.");
    }
}
