package dev.grantry.service.token;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.grant.IssuedToken;
import dev.grantry.persistence.user.User;
import dev.grantry.service.user.UserView;
import java.util.Optional;
import java.util.Set;

/**
 * An access token whose signature, issuer and expiry hold and whose server-side record says it is live. Its record
 * stays in this package (introspection describes it); everyone else reads the user and the scopes.
 */
public final class VerifiedAccessToken {

    private final IssuedToken record;
    private final String audience;

    VerifiedAccessToken(IssuedToken record, String audience) {
        this.record = record;
        this.audience = audience;
    }

    /** The token's record: client, user, scopes, times. */
    IssuedToken record() {
        return record;
    }

    /** The {@code aud} claim. */
    String audience() {
        return audience;
    }

    public Set<String> scopes() {
        return record.getScopes();
    }

    /** The user the token acts for; empty when the client acts for itself. */
    public Optional<UserView> user() {
        return Optional.ofNullable(record.getUser()).map(UserView::of);
    }

    /** The user the token acts for, for the services that read more of them (OpenID Connect's UserInfo). */
    public Optional<User> owner() {
        return Optional.ofNullable(record.getUser());
    }

    /**
     * Whether the token carries {@code scope} as a power its application holds for itself: got with
     * client_credentials (no user), by an application that an administrator allowed both client_credentials and the
     * scope, and still does (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.4">§4.4</a>).
     */
    public boolean isApplicationPower(String scope) {
        Application holder = record.getApplication();
        return record.getUser() == null
                && scopes().contains(scope)
                && holder.getGrantTypes().contains(GrantType.CLIENT_CREDENTIALS)
                && holder.getScopes().contains(scope);
    }
}
