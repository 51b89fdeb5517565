package dev.grantry.service.user;

import dev.grantry.persistence.user.SignInThrottle;
import dev.grantry.persistence.user.SignInThrottleRepository;
import dev.grantry.persistence.user.User;
import dev.grantry.persistence.user.UserRepository;
import dev.grantry.service.secret.RandomSecrets;
import dev.grantry.service.settings.GrantrySettings;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a username and password, counting failures per username in the database so that a lockout holds on
 * every node. Every way of signing in (the login page, HTTP Basic for direct approval) goes through here.
 */
@Stateless
public class SignInService {

    /** Hashed once so that an unknown username costs as much as a wrong password. */
    private static volatile String dummyHash;

    @Inject
    UserRepository users;

    @Inject
    SignInThrottleRepository throttles;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    GrantrySettings settings;

    @Inject
    Clock clock;

    /**
     * Checks one sign-in. Runs in a transaction of its own, so that a failure is counted even when the caller then
     * fails its request and rolls back.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignInResult signIn(String username, String password) {
        if (username == null || password == null || username.isBlank() || username.length() > 64) {
            return SignInResult.refused();
        }
        Instant now = clock.instant();
        Optional<SignInThrottle> throttle = throttles.findForUpdate(username);
        if (throttle.isPresent() && throttle.get().isLockedAt(now)) {
            return SignInResult.locked();
        }
        Optional<User> user = users.findByUsername(username);
        boolean passwordMatches =
                passwordHasher.verify(password, user.map(User::getPasswordHash).orElseGet(this::dummyHash));
        if (user.isPresent() && passwordMatches && user.get().isEnabled()) {
            throttle.ifPresent(t -> throttles.remove(username));
            return SignInResult.signedIn(user.get());
        }
        SignInThrottle failures = throttle.orElseGet(() -> {
            SignInThrottle created = new SignInThrottle(username, now);
            throttles.add(created);
            return created;
        });
        failures.recordFailure(
                now, settings.signInFailureWindow(), settings.signInMaxFailures(), settings.signInLockout());
        return failures.isLockedAt(now) ? SignInResult.locked() : SignInResult.refused();
    }

    /** Whether sign-ins for {@code username} are refused at the moment. */
    public boolean isLocked(String username) {
        return username != null
                && throttles
                        .findForUpdate(username)
                        .map(t -> t.isLockedAt(clock.instant()))
                        .orElse(false);
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = passwordHasher.hash(RandomSecrets.generate(128));
            dummyHash = hash;
        }
        return hash;
    }
}
