package dev.grantry.persistence.grant;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stores {@link IssuedToken} records. */
public interface IssuedTokenRepository {

    void add(IssuedToken token);

    Optional<IssuedToken> findByJti(String jti);

    /** The opaque token (refresh or reference access token) whose value has this keyed hash. */
    Optional<IssuedToken> findByHash(String tokenHash);

    /** The refresh token whose value has this keyed hash. */
    Optional<IssuedToken> findRefreshByHash(String tokenHash);

    /**
     * Marks a refresh token used, atomically: of concurrent callers exactly one gets {@code true}.
     *
     * @return whether it was unused until now
     */
    boolean markUsed(String jti, Instant now);

    /** Revokes one token (RFC 7009). */
    void revoke(String jti, Instant now);

    /** Deletes the records of tokens that expired before {@code cutoff}; how many. */
    int removeExpiredBefore(Instant cutoff);

    /** Per application, how the user's unrevoked tokens were used. */
    List<ApplicationUse> findUseByUser(long userId);

    /** The scopes of the user's unrevoked, unexpired tokens for the application, each different set once. */
    List<Set<String>> findLiveScopes(long userId, long applicationId, Instant now);
}
