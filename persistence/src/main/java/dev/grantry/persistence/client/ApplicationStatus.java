package dev.grantry.persistence.client;

/** Whether an application may obtain tokens. */
public enum ApplicationStatus {
    /** Registered, waiting for an administrator's approval; gets no tokens. */
    PENDING,
    /** May obtain tokens. */
    ACTIVE,
    /** Switched off by an administrator (or rejected); gets no tokens. */
    DISABLED
}
