package dev.grantry.service.authorize;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the authorization response's URI (RFC 6749 §4.1.2), and the post-logout redirect of OpenID Connect
 * RP-initiated logout: the redirect URI with parameters added.
 */
public final class RedirectUris {

    private RedirectUris() {}

    /** {@code uri} with {@code parameters} added to its query (keeping any query it has; null values left out). */
    public static String withParameters(String uri, Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        if (query.isEmpty()) {
            return uri;
        }
        return uri + (uri.contains("?") ? "&" : "?") + query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
