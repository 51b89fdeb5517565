package dev.grantry.persistence.grant;

import java.time.Instant;

/** Stores {@link AuthorizationGrant}s and revokes them with every token of their family. */
public interface AuthorizationGrantRepository {

    AuthorizationGrant add(AuthorizationGrant grant);

    /**
     * Revokes the grants redeemed from the code with this hash and every token issued from them.
     *
     * @return how many grants were revoked now
     */
    int revokeByOriginCode(String codeHash, Instant now);

    /** Revokes the grant and every token of its family. */
    void revoke(long grantId, Instant now);
}
