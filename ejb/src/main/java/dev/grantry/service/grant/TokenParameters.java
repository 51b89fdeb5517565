package dev.grantry.service.grant;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import java.util.Map;
import java.util.Optional;

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

    /** The parameter, or {@code invalid_request} naming it when it is missing. */
    public String required(String name) {
        return optional(name).orElseThrow(() ->
                new OAuthException(OAuthError.INVALID_REQUEST, "The " + name + " parameter is missing."));
    }
}
