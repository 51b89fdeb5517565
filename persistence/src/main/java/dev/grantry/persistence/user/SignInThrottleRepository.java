package dev.grantry.persistence.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Stores the {@link SignInThrottle} of each username that failed to sign in. */
public interface SignInThrottleRepository {

    /**
     * The throttle row for {@code username}, locked for update so that concurrent failures all count; created from
     * {@code newThrottle} when the username has none (concurrent creators wait for each other, see
     * {@link dev.grantry.persistence.lock.InsertLock}).
     */
    SignInThrottle findOrCreateForUpdate(String username, Supplier<SignInThrottle> newThrottle);

    void remove(String username);

    /** Until when {@code username} is locked out, if it is at {@code now}; reads without locking. */
    Optional<Instant> findLockedUntil(String username, Instant now);

    /** The usernames locked out at {@code now}. */
    List<String> findLockedUsernames(Instant now);

    /**
     * Deletes the throttles whose window started before {@code windowCutoff} and whose lockout, if any, has ended
     * by {@code now}: they no longer change any decision. How many.
     */
    int removeEnded(Instant windowCutoff, Instant now);
}
