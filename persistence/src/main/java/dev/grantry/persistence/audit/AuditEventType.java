package dev.grantry.persistence.audit;

/**
 * What an {@link AuditEvent} records. The names are stored, so they never change; new kinds are added at the end of
 * their group.
 */
public enum AuditEventType {
    /** A sign-in to the pages or with a password at an API; the outcome says whether it was accepted. */
    SIGN_IN,
    /** Too many failed sign-ins: the username or the address is refused for a while. */
    SIGN_IN_LOCKOUT,
    /** A user was signed out at an application's request (OpenID Connect RP-initiated logout). */
    SIGNED_OUT,

    /** A user authorized an application for some scopes (the consent page, or consent remembered). */
    CONSENT_GRANTED,
    /** A user denied an application on the consent page. */
    CONSENT_DENIED,
    /** A user (or an administrator) withdrew an application's authorization. */
    CONSENT_REVOKED,

    /** An authorization code was issued (RFC 6749 §4.1.2). */
    CODE_ISSUED,
    /** A token was issued; the detail names the grant type (RFC 6749 §4–6, or Grantry's direct approval). */
    TOKEN_ISSUED,
    /** An authorization code was presented twice; the tokens issued from it were revoked (RFC 6749 §4.1.2). */
    CODE_REUSE_DETECTED,
    /** A rotated refresh token was presented again; its whole family was revoked (RFC 9700 §4.14.2). */
    REFRESH_TOKEN_REUSE_DETECTED,
    /** A token was revoked (RFC 7009, the settings pages, or an administrator); the actor says by whom. */
    TOKEN_REVOKED,
    /** An introspection request was refused (RFC 7662 §2.1: the caller may not introspect). */
    INTROSPECTION_REFUSED,
    /** An OpenID Connect ID token was issued beside an access token; the detail names the grant type. */
    ID_TOKEN_ISSUED,

    /** An application (OAuth client) was registered. */
    APPLICATION_CREATED,
    /** An application's metadata was changed. */
    APPLICATION_UPDATED,
    /** An application's client secret was regenerated; the old one stopped working. */
    APPLICATION_SECRET_REGENERATED,
    /** An administrator approved a pending application. */
    APPLICATION_APPROVED,
    /** An administrator rejected a pending application. */
    APPLICATION_REJECTED,
    /** An application was disabled. */
    APPLICATION_DISABLED,
    /** An application was deleted, with its grants and tokens. */
    APPLICATION_DELETED,
    /** An administrator gave an application privileged powers (scopes such as introspection). */
    APPLICATION_POWERS_GRANTED,
    /** An administrator withdrew an application's privileged powers. */
    APPLICATION_POWERS_WITHDRAWN,

    /** A user account was created. */
    USER_CREATED,
    /** A user account was disabled. */
    USER_DISABLED,
    /** A user account was enabled again. */
    USER_ENABLED,
    /** An administrator lifted a sign-in lockout. */
    USER_UNLOCKED,

    /** The token signing key was rotated. */
    SIGNING_KEY_ROTATED,

    /** A request was refused because the settings do not allow it (e.g. an application not on the allow list). */
    REFUSED_BY_SETTINGS,
    /** A request was refused because its application still waits for an administrator's approval. */
    REFUSED_APPLICATION_PENDING,
    /** A request was refused because its sender went over a rate limit. */
    RATE_LIMITED
}
