package dev.grantry.service.scope;

import dev.grantry.persistence.scope.MalformedScopeException;
import dev.grantry.persistence.scope.Scopes;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import java.util.Set;

/**
 * The {@code scope} parameter of an authorization or token request (RFC 6749
 * <a href="https://www.rfc-editor.org/rfc/rfc6749#section-3.3">§3.3</a>), read with the one {@link Scopes} parser.
 */
public final class ScopeParameter {

    private ScopeParameter() {}

    /**
     * The scopes of a space-delimited {@code scope} value, sorted; empty for {@code null} or blank.
     *
     * @throws OAuthException {@code invalid_scope} when a scope token has characters §3.3 forbids
     */
    public static Set<String> parse(String scope) {
        try {
            return Scopes.parse(scope);
        } catch (MalformedScopeException e) {
            throw new OAuthException(OAuthError.INVALID_SCOPE, "The scope parameter is malformed.");
        }
    }
}
