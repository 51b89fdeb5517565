package dev.grantry.persistence.authorize;

import java.time.Instant;
import java.util.Optional;

/** Stores {@link AuthorizationCode}s. */
public interface AuthorizationCodeRepository {

    void add(AuthorizationCode code);

    Optional<AuthorizationCode> findByHash(String codeHash);

    /**
     * Marks the code used unless it already is, in one conditional update, so that of any number of concurrent
     * redemptions exactly one succeeds. The row stays locked until the caller's transaction ends: a concurrent
     * redemption waits for it, and then finds the code used and the tokens issued from it committed.
     *
     * @return whether this call marked it
     */
    boolean markUsed(String codeHash, Instant now);

    /** Deletes the application's codes that were not redeemed (it was disabled, rejected or deleted). */
    void removeUnusedByApplication(long applicationId);

    /** Deletes the user's codes that were not redeemed (the user was disabled). */
    void removeUnusedByUser(long userId);

    /** Deletes the codes of one user for one application that were not redeemed (the user revoked it). */
    void removeUnusedByUserAndApplication(long userId, long applicationId);

    /** Deletes the codes that expired before {@code cutoff}. */
    /** Deletes them; how many. */
    int removeExpiredBefore(Instant cutoff);
}
