package dev.grantry.persistence.grant;

import java.time.Instant;

/**
 * How one user's unrevoked tokens for one application were used: when the first and the last were issued, and when
 * the last of them expires.
 */
public record ApplicationUse(Long applicationId, Instant firstIssued, Instant lastIssued, Instant lastExpiry) {}
