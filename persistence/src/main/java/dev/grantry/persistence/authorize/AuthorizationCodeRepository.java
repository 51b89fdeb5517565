package dev.grantry.persistence.authorize;

import java.time.Instant;
import java.util.Optional;

/** Stores {@link AuthorizationCode}s. */
public interface AuthorizationCodeRepository {

    void add(AuthorizationCode code);

    Optional<AuthorizationCode> findByHash(String codeHash);

    /**
     * Marks the code used unless it already is, in one conditional update, so that of any number of concurrent
     * redemptions exactly one succeeds.
     *
     * @return whether this call marked it
     */
    boolean markUsed(String codeHash, Instant now);

    /** Deletes the codes that expired before {@code cutoff}. */
    /** Deletes them; how many. */
    int removeExpiredBefore(Instant cutoff);
}
