package dev.grantry.service.user;

import java.util.Set;

/**
 * What an administrator enters to create a user.
 *
 * @param roles group names of roles besides {@code user}, which every user has (see
 *        {@link UserService#grantableRoles()})
 */
public record NewUser(String username, String displayName, String email, String password, Set<String> roles) {}
