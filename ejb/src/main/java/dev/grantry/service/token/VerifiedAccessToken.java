package dev.grantry.service.token;

import dev.grantry.persistence.grant.IssuedToken;
import java.util.Set;

/**
 * An access token whose signature, issuer and expiry hold and whose server-side record says it is live.
 *
 * @param record the token's record (client, user, scopes, times)
 * @param audience the {@code aud} claim
 */
public record VerifiedAccessToken(IssuedToken record, String audience) {

    public Set<String> scopes() {
        return record.getScopes();
    }

    /** The username, or the client id when the client acts for itself. */
    public String subject() {
        return record.getUser() == null ? record.getApplication().getClientId() : record.getUser().getUsername();
    }
}
