package dev.grantry.service.user;

import dev.grantry.persistence.user.User;
import dev.grantry.persistence.user.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.OptionalInt;

/**
 * Whether a signed-in session may go on. An HTTP session lives on one node, so a user's sessions cannot be listed and
 * ended from another: instead each session remembers the user's session generation when it started, and every
 * request compares it with the database, where disabling the user raises it ({@link User#endSessions()}).
 */
@Stateless
public class SignedInSessions {

    @Inject
    UserRepository users;

    /**
     * The generation a session that signs {@code username} in now belongs to.
     *
     * @return empty when there is no such user or they are disabled: no session of theirs may go on
     */
    public OptionalInt currentGeneration(String username) {
        return users.findByUsername(username)
                .filter(User::isEnabled)
                .map(user -> OptionalInt.of(user.getSessionGeneration()))
                .orElse(OptionalInt.empty());
    }

    /** Whether a session of {@code username} that started in {@code generation} may go on. */
    public boolean isValid(String username, int generation) {
        OptionalInt current = currentGeneration(username);
        return current.isPresent() && current.getAsInt() == generation;
    }
}
