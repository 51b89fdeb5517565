package dev.grantry.persistence.scope;

/** Who may give a {@link Scope} to an application. */
public enum ScopeKind {
    /** A user may grant it to an application on the consent page. */
    DELEGABLE,
    /**
     * Only an administrator may give it to an application, which then uses it for itself (client_credentials); it is
     * never offered at consent.
     */
    PRIVILEGED
}
