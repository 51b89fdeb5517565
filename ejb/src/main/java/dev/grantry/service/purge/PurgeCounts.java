package dev.grantry.service.purge;

/** How many rows of each kind one purge deleted. */
public record PurgeCounts(
        int codes,
        int pendingRequests,
        int tokenRecords,
        int grants,
        int signInThrottles,
        int rateLimits,
        int auditEvents,
        int registryRefreshTokens) {}
