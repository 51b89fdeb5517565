package dev.grantry.service.user;

import dev.grantry.persistence.audit.AuditEventType;
import dev.grantry.persistence.user.SignInThrottle;
import dev.grantry.persistence.user.SignInThrottleRepository;
import dev.grantry.persistence.user.User;
import dev.grantry.persistence.user.UserRepository;
import dev.grantry.service.audit.AuditTrail;
import dev.grantry.service.limit.RateLimiter;
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
 * Checks a username and password, counting failures per username and per client address in the database, so that
 * a lockout holds on every node: a username is locked after {@code grantry.signin.max-failures} failures, and an
 * address is refused after {@code grantry.signin.max-failures-per-ip}, so that neither guessing many users' passwords
 * nor locking out many users is free. Every way of signing in (the login page, HTTP Basic for direct approval) goes
 * through here, and each is recorded in the audit trail: {@code SIGN_IN} with its outcome and, when a failure locks the
 * username or the address, {@code SIGN_IN_LOCKOUT}. A username nobody has is not recorded (it may be a password typed
 * into the wrong field).
 *
 * <p>The password is checked without holding any lock (the hash is slow on purpose); a failure is then counted on the
 * username's row, locked for update, so that concurrent failures all count.
 */
@Stateless
public class SignInService {

    /** Hashed once so that an unknown username costs as much as a wrong password. */
    private static volatile String dummyHash;

    private static final String ADDRESS_BUCKET = "sign-in:";

    @Inject
    UserRepository users;

    @Inject
    SignInThrottleRepository throttles;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    GrantrySettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Checks one sign-in. Runs in a transaction of its own, so that a failure is counted even when the caller then
     * fails its request and rolls back.
     *
     * @param clientAddress the client's IP address; {@code null} when unknown (then only the username is limited)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignInResult signIn(String username, String password, String clientAddress) {
        if (username == null || password == null || username.isBlank() || username.length() > 64) {
            return refused(SignInResult.refused(), null, "no username or password");
        }
        Optional<User> user = users.findByUsername(username);
        String known = user.map(User::getUsername).orElse(null);
        if (isAddressLimited(clientAddress)) {
            return refused(SignInResult.addressLimited(), known, "too many failed sign-ins from this address");
        }
        Instant now = clock.instant();
        if (throttles.findLockedUntil(username, now).isPresent()) {
            return refused(SignInResult.locked(), known, "username locked");
        }
        boolean passwordMatches =
                passwordHasher.verify(password, user.map(User::getPasswordHash).orElseGet(this::dummyHash));
        if (user.isPresent() && passwordMatches && user.get().isEnabled()) {
            throttles.remove(username);
            audit.record(audit.success(AuditEventType.SIGN_IN).actor(known).subjectUser(known));
            return SignInResult.signedIn(user.get());
        }
        String reason = user.isEmpty() ? "unknown username" : passwordMatches ? "account disabled" : "wrong password";
        if (clientAddress != null) {
            rateLimiter.hit(ADDRESS_BUCKET + clientAddress, settings.signInFailureWindow());
            if (isAddressLimited(clientAddress)) {
                audit.record(audit.failure(AuditEventType.SIGN_IN_LOCKOUT)
                        .actor(known)
                        .subjectUser(known)
                        .detail("address locked after too many failed sign-ins"));
            }
        }
        SignInThrottle failures = throttles.findOrCreateForUpdate(username, () -> new SignInThrottle(username, now));
        failures.recordFailure(
                now, settings.signInFailureWindow(), settings.signInMaxFailures(), settings.signInLockout());
        if (failures.isLockedAt(now)) {
            audit.record(audit.failure(AuditEventType.SIGN_IN_LOCKOUT)
                    .actor(known)
                    .subjectUser(known)
                    .detail("username locked after too many failed sign-ins"));
            return refused(SignInResult.locked(), known, reason);
        }
        return refused(SignInResult.refused(), known, reason);
    }

    /** Records the refused sign-in (never its password) in this method's transaction, which commits. */
    private SignInResult refused(SignInResult result, String knownUsername, String reason) {
        audit.record(audit.failure(AuditEventType.SIGN_IN)
                .actor(knownUsername)
                .subjectUser(knownUsername)
                .detail(reason));
        return result;
    }

    /** Whether sign-ins for {@code username} are refused at the moment. */
    public boolean isLocked(String username) {
        return username != null
                && throttles.findLockedUntil(username, clock.instant()).isPresent();
    }

    /** Whether sign-ins from {@code clientAddress} are refused at the moment (too many failures from it). */
    public boolean isAddressLimited(String clientAddress) {
        return clientAddress != null
                && rateLimiter
                        .exhaustedUntil(ADDRESS_BUCKET + clientAddress, settings.signInMaxFailuresPerIp())
                        .isPresent();
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
