package dev.grantry.persistence.registry;

import java.time.Instant;
import java.util.Optional;

/** The registry token service's refresh tokens. */
public interface RegistryRefreshTokenRepository {

    Optional<RegistryRefreshToken> findByHash(String tokenHash);

    RegistryRefreshToken add(RegistryRefreshToken token);

    /** Deletes those that expired before {@code cutoff}; how many. */
    int removeExpiredBefore(Instant cutoff);
}
