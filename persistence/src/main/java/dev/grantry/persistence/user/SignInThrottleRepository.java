package dev.grantry.persistence.user;

import java.util.Optional;

/** Stores the {@link SignInThrottle} of each username that failed to sign in. */
public interface SignInThrottleRepository {

    /** The throttle row for {@code username}, locked for update so concurrent failures all count. */
    Optional<SignInThrottle> findForUpdate(String username);

    void add(SignInThrottle throttle);

    void remove(String username);
}
