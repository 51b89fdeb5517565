package dev.grantry.service.grant;

import dev.grantry.service.client.ClientCredentials;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.scope.ScopeParameter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parameters of a token request, each present at most once (a repeated parameter is refused before this is
 * built, RFC 6749 §3.2), whether they came as a form or as JSON.
 */
public final class TokenParameters {

    private final Map<String, String> values;

    public TokenParameters(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public Optional<String> optional(String name) {
        String value = values.get(name);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /**
     * The {@code scope} parameter's scopes (RFC 6749 §3.3), empty when it is missing.
     *
     * @throws OAuthException {@code invalid_scope} when it is malformed
     */
    public Optional<Set<String>> scopes() {
        return optional("scope").map(ScopeParameter::parse);
    }

    /** The parameter, or {@code invalid_request} naming it when it is missing. */
    public String required(String name) {
        return optional(name).orElseThrow(() -> OAuthException.missingParameter(name));
    }

    /** The client's credentials: the {@code Authorization} header, or {@code client_id} and {@code client_secret}. */
    public ClientCredentials clientCredentials(String authorizationHeader) {
        return ClientCredentials.of(authorizationHeader, values);
    }
}
