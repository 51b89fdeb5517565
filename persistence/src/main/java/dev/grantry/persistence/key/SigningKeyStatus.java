package dev.grantry.persistence.key;

/** The life of a {@link SigningKey}: it signs, then is only published for verification, then is dropped. */
public enum SigningKeyStatus {
    /** Signs new tokens; published in the JWKS. */
    ACTIVE,
    /** Signed tokens that may still be valid; published in the JWKS. */
    PREVIOUS,
    /** Neither signs nor is published. */
    RETIRED
}
