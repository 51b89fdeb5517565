package dev.grantry.persistence.grant;

import java.time.Instant;

/** Stores {@link AuthorizationGrant}s and revokes them with every token of their family. */
public interface AuthorizationGrantRepository {

    AuthorizationGrant add(AuthorizationGrant grant);

    /**
     * Locks the grant's row until the transaction ends (one family's rotations and replays then take turns: concurrent
     * replays would otherwise revoke the same token rows in different orders and deadlock); false when it is gone.
     */
    boolean lock(long grantId);

    /**
     * Revokes the grants redeemed from the code with this hash and every token issued from them.
     *
     * @return how many grants were revoked now
     */
    int revokeByOriginCode(String codeHash, Instant now);

    /** Revokes the grant and every token of its family. */
    void revoke(long grantId, Instant now);

    /** Revokes every grant and token of one user for one application ("Revoke" on the authorized applications). */
    void revokeByUserAndApplication(long userId, long applicationId, Instant now);

    /** Revokes every grant and token of a user (the user was disabled). */
    void revokeByUser(long userId, Instant now);

    /**
     * Deletes the grants created before {@code cutoff} that no token record refers to any more (the purge deleted
     * them); how many.
     */
    int removeWithoutTokensCreatedBefore(Instant cutoff);

    /** Revokes every grant and token of an application, client_credentials tokens included (it was disabled). */
    void revokeByApplication(long applicationId, Instant now);
}
