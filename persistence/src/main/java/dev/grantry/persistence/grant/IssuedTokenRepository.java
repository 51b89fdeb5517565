package dev.grantry.persistence.grant;

import java.time.Instant;
import java.util.Optional;

/** Stores {@link IssuedToken} records. */
public interface IssuedTokenRepository {

    void add(IssuedToken token);

    Optional<IssuedToken> findByJti(String jti);

    /** The refresh token whose value has this keyed hash. */
    Optional<IssuedToken> findRefreshByHash(String tokenHash);

    /**
     * Marks a refresh token used, atomically: of concurrent callers exactly one gets {@code true}.
     *
     * @return whether it was unused until now
     */
    boolean markUsed(String jti, Instant now);
}
