package dev.grantry.service.audit;

/**
 * How an audit event names who did it ({@link dev.grantry.persistence.audit.AuditEvent#actor}), when it is not a
 * signed-in user (whose username is the actor): an application acting with its own credentials, or Grantry itself.
 */
public final class Actors {

    /** Grantry's own timers and start-up. */
    public static final String SYSTEM = "system";

    private Actors() {}

    /** The application {@code clientId}, authenticated by its credentials or its registration access token. */
    public static String client(String clientId) {
        return "client:" + clientId;
    }
}
