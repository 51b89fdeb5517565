package dev.grantry.service.client;

import java.util.Map;

/**
 * What a client presents to authenticate (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1">
 * §2.3.1</a>): the {@code Authorization} header (HTTP Basic), or the {@code client_id} and {@code client_secret}
 * request parameters. An empty parameter counts as absent.
 *
 * @param authorizationHeader the request's {@code Authorization} header, or {@code null}
 */
public record ClientCredentials(String authorizationHeader, String clientId, String clientSecret) {

    public ClientCredentials {
        clientId = emptyToNull(clientId);
        clientSecret = emptyToNull(clientSecret);
    }

    /** The credentials of a request with this {@code Authorization} header and these body parameters. */
    public static ClientCredentials of(String authorizationHeader, Map<String, String> parameters) {
        return new ClientCredentials(authorizationHeader, parameters.get("client_id"), parameters.get("client_secret"));
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
