package dev.grantry.service.token;

import dev.grantry.persistence.grant.IssuedToken;
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
}
