package dev.grantry.service.oidc;

import dev.grantry.persistence.scope.Scopes;
import dev.grantry.persistence.user.User;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The claims about a user that a set of scopes releases (OpenID Connect Core 1.0
 * <a href="https://openid.net/specs/openid-connect-core-1_0.html#ScopeClaims">§5.4</a>): always {@code sub};
 * {@code profile}: {@code name} (when the user has a display name), {@code preferred_username} and
 * {@code updated_at} (Grantry's profiles do not change after creation, so it is the creation time); {@code email}:
 * {@code email} and {@code email_verified}, which is always false: Grantry never verifies addresses.
 */
public final class UserInfoClaims {

    private UserInfoClaims() {}

    /** The claims, JSON-ready: strings, numbers and booleans, in a stable order. */
    public static Map<String, Object> of(User user, Set<String> scopes) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", user.getSubject());
        if (scopes.contains(Scopes.PROFILE)) {
            if (user.getDisplayName() != null && !user.getDisplayName().isBlank()) {
                claims.put("name", user.getDisplayName());
            }
            claims.put("preferred_username", user.getUsername());
            claims.put("updated_at", user.getCreatedAt().getEpochSecond());
        }
        if (scopes.contains(Scopes.EMAIL)
                && user.getEmail() != null
                && !user.getEmail().isBlank()) {
            claims.put("email", user.getEmail());
            claims.put("email_verified", false);
        }
        return claims;
    }
}
