package dev.grantry.service.user;

import dev.grantry.persistence.audit.AuditEventType;
import dev.grantry.persistence.user.Role;
import dev.grantry.persistence.user.SignInThrottleRepository;
import dev.grantry.persistence.user.User;
import dev.grantry.persistence.user.UserRepository;
import dev.grantry.service.audit.Actors;
import dev.grantry.service.audit.AuditTrail;
import dev.grantry.service.revoke.Revocations;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Creates, lists, enables and disables users: the one path every change to a user takes, each recorded in the audit
 * trail with the administrator who made it as actor and the user as subject.
 */
@Stateless
public class UserService {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}");
    static final int MIN_PASSWORD_LENGTH = 8;
    static final int MAX_PASSWORD_LENGTH = 1024;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    Revocations revocations;

    @Inject
    SignInThrottleRepository throttles;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Creates a user as {@link #create(NewUser, String)} does, by Grantry itself (at start-up). */
    public UserView create(NewUser request) {
        return create(request, Actors.SYSTEM); // nobody signed in: the first administrator, at start-up
    }

    /**
     * Creates a user, always with the {@code user} role besides the ones asked for.
     *
     * @param actingUsername the administrator who creates it
     * @throws InvalidUserException when a field is invalid or the username is taken; nothing is stored then
     */
    public UserView create(NewUser request, String actingUsername) {
        String username = request.username() == null ? "" : request.username().trim();
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidUserException("A username is 1 to 64 letters, digits, dots, dashes or underscores, "
                    + "starting with a letter or digit.");
        }
        String email = blankToNull(request.email());
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidUserException("That is not an email address.");
        }
        String displayName = blankToNull(request.displayName());
        if (displayName != null && displayName.length() > 200) {
            throw new InvalidUserException("A name is at most 200 characters.");
        }
        String password = request.password() == null ? "" : request.password();
        if (password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH) {
            throw new InvalidUserException("A password is at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (users.findByUsername(username).isPresent()) {
            throw new InvalidUserException("The username " + username + " is taken.");
        }
        EnumSet<Role> roles = EnumSet.of(Role.USER);
        if (request.roles() != null) {
            for (String name : request.roles()) {
                roles.add(Role.fromGroupName(name)
                        .orElseThrow(() -> new InvalidUserException("There is no role " + name + ".")));
            }
        }
        UserView created = UserView.of(users.add(
                new User(username, displayName, email, passwordHasher.hash(password), roles, clock.instant())));
        audit.record(audit.success(AuditEventType.USER_CREATED)
                .actor(actingUsername)
                .subjectUser(created.username())
                .detail("roles: " + String.join(", ", created.roles())));
        return created;
    }

    public List<UserView> list() {
        return users.findAll().stream().map(UserView::of).toList();
    }

    /** The roles an administrator can grant besides {@code user}, which every user has, by group name. */
    public List<String> grantableRoles() {
        return List.of(Role.ADMIN.groupName(), Role.AUDITOR.groupName());
    }

    /**
     * Enables or disables a user. A disabled user cannot sign in; disabling ends their sessions on every node (see
     * {@link SignedInSessions}), revokes every token of theirs and drops their unredeemed codes and pending requests.
     *
     * @throws InvalidUserException when there is no such user, or an administrator disables themself
     */
    public void setEnabled(String username, boolean enabled, String actingUsername) {
        User user = users.findByUsername(username)
                .orElseThrow(() -> new InvalidUserException("There is no user " + username + "."));
        if (!enabled && user.getUsername().equals(actingUsername)) {
            throw new InvalidUserException("You cannot disable yourself.");
        }
        if (user.isEnabled() == enabled) {
            return;
        }
        user.setEnabled(enabled);
        if (!enabled) {
            user.endSessions();
            revocations.revokeUser(user.getId());
        }
        audit.record(audit.success(enabled ? AuditEventType.USER_ENABLED : AuditEventType.USER_DISABLED)
                .actor(actingUsername)
                .subjectUser(user.getUsername()));
    }

    /** The usernames locked out by failed sign-ins at the moment. */
    public Set<String> lockedUsernames() {
        return Set.copyOf(throttles.findLockedUsernames(clock.instant()));
    }

    /**
     * Ends a user's lockout and forgets its failed sign-ins, so that the user can sign in at once (an administrator
     * on {@code /admin/users}).
     *
     * @param actingUsername the administrator who lifts it
     * @throws InvalidUserException when there is no such user
     */
    public void unlock(String username, String actingUsername) {
        User user = users.findByUsername(username)
                .orElseThrow(() -> new InvalidUserException("There is no user " + username + "."));
        throttles.remove(username);
        audit.record(audit.success(AuditEventType.USER_UNLOCKED)
                .actor(actingUsername)
                .subjectUser(user.getUsername()));
    }

    public boolean anyAdministrator() {
        return users.existsWithRole(Role.ADMIN);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
