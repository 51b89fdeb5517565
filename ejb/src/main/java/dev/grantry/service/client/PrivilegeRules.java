package dev.grantry.service.client;

import dev.grantry.persistence.client.GrantType;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import java.util.Set;
import java.util.TreeSet;

/**
 * What only an administrator gives an application: the {@code client_credentials} grant (acting for itself, RFC 6749
 * <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.4">§4.4</a>) and privileged scopes. Self-service
 * registration may keep what the application already holds, never ask for more (RFC 7591
 * <a href="https://www.rfc-editor.org/rfc/rfc7591#section-3.2.2">§3.2.2</a> {@code invalid_client_metadata}).
 */
final class PrivilegeRules {

    private PrivilegeRules() {}

    /**
     * @param heldGrantTypes the application's grant types before this change (none for a new one)
     * @param heldScopes its scopes before this change (none for a new one)
     * @param privilegedScopes the names of every privileged scope
     * @throws OAuthException {@code invalid_client_metadata} when a self-service request asks for more than it holds
     */
    static void check(
            ApplicationMetadata requested,
            Registrant registrant,
            Set<GrantType> heldGrantTypes,
            Set<String> heldScopes,
            Set<String> privilegedScopes) {
        if (registrant == Registrant.ADMINISTRATOR) {
            return;
        }
        if (requested.grantTypes().contains(GrantType.CLIENT_CREDENTIALS)
                && !heldGrantTypes.contains(GrantType.CLIENT_CREDENTIALS)) {
            throw new OAuthException(
                    OAuthError.INVALID_CLIENT_METADATA,
                    "An application acts for itself (client_credentials) only when an administrator allows it "
                            + "(on /admin/applications, or by registering with the initial access token).");
        }
        Set<String> added = new TreeSet<>(requested.scopes());
        added.retainAll(privilegedScopes);
        added.removeAll(heldScopes);
        if (!added.isEmpty()) {
            throw new OAuthException(
                    OAuthError.INVALID_CLIENT_METADATA,
                    "The scope " + String.join(" ", added) + " is privileged: an administrator must allow it "
                            + "(on /admin/applications, or by registering with the initial access token).");
        }
    }
}
