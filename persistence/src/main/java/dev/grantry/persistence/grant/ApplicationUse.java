package dev.grantry.persistence.grant;

import java.time.Instant;

/**
 * How one user's unrevoked tokens for one application were used: when the first and the last were issued, and when
 * the last of them expires.
 */
public record ApplicationUse(Long applicationId, Instant firstIssued, Instant lastIssued, Instant lastExpiry) {

    /** The use of one token, issued and expiring at these instants. */
    static ApplicationUse ofOneToken(Long applicationId, Instant issued, Instant expires) {
        return new ApplicationUse(applicationId, issued, issued, expires);
    }

    /** The use of this application's tokens and {@code other}'s together. */
    ApplicationUse with(ApplicationUse other) {
        return new ApplicationUse(
                applicationId,
                firstIssued.isBefore(other.firstIssued) ? firstIssued : other.firstIssued,
                lastIssued.isAfter(other.lastIssued) ? lastIssued : other.lastIssued,
                lastExpiry.isAfter(other.lastExpiry) ? lastExpiry : other.lastExpiry);
    }
}
