package dev.grantry.service.client;

/** Whose authority a registration or change of an application carries. */
public enum Registrant {
    /**
     * An administrator, or a registration request carrying the initial access token (RFC 7591
     * <a href="https://www.rfc-editor.org/rfc/rfc7591#section-3">§3</a>): may give an application client_credentials
     * and privileged scopes.
     */
    ADMINISTRATOR,
    /**
     * Anybody else: a user on the settings page, an anonymous registration, or an application managing its own
     * registration (RFC 7592). May keep, never add, what an administrator gave.
     */
    SELF_SERVICE
}
