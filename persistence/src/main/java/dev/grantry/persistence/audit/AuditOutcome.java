package dev.grantry.persistence.audit;

/** Whether what an {@link AuditEvent} records happened or was refused. */
public enum AuditOutcome {
    /** It happened (a token issued, a consent granted, a sign-in accepted). */
    SUCCESS,
    /** It was attempted and refused (a wrong password, a reused code, a request over a limit). */
    FAILURE
}
