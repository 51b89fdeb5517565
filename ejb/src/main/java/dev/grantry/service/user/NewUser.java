package dev.grantry.service.user;

import dev.grantry.persistence.user.Role;
import java.util.Set;

/** What an administrator enters to create a user. */
public record NewUser(String username, String displayName, String email, String password, Set<Role> roles) {
}
