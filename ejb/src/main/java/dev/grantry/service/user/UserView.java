package dev.grantry.service.user;

import dev.grantry.persistence.user.Role;
import dev.grantry.persistence.user.User;
import java.io.Serializable;
import java.util.List;

/**
 * A user as pages and the user API show them; never the password hash.
 *
 * @param roles the group names of the user's roles ({@code user}, {@code admin}, {@code auditor}), in that order
 */
public record UserView(String username, String displayName, String email, boolean enabled, List<String> roles)
        implements Serializable {

    public static UserView of(User user) {
        return new UserView(
                user.getUsername(),
                user.getDisplayName(),
                user.getEmail(),
                user.isEnabled(),
                user.getRoles().stream().map(Role::groupName).toList());
    }
}
