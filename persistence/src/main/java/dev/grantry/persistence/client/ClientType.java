package dev.grantry.persistence.client;

/** RFC 6749 §2.1 client types. */
public enum ClientType {
    /** Holds a secret and authenticates with it. */
    CONFIDENTIAL,
    /** Cannot keep a secret (native or browser apps); must use PKCE. */
    PUBLIC
}
