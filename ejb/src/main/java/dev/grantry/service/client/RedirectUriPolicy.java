package dev.grantry.service.client;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Which redirect URIs an application may register, and which registered one a request names. Registration follows
 * RFC 9700 <a href="https://www.rfc-editor.org/rfc/rfc9700#section-2.1">§2.1</a> and RFC 8252
 * <a href="https://www.rfc-editor.org/rfc/rfc8252#section-7">§7</a>: absolute, no fragment, no wildcard, and
 * {@code https}, {@code http} on loopback only, or a private-use scheme (reverse domain name) for native apps.
 */
public final class RedirectUriPolicy {

    static final int MAX_LENGTH = 2000;
    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "[::1]", "localhost");

    private RedirectUriPolicy() {}

    /**
     * Checks one redirect URI at registration time.
     *
     * @throws OAuthException {@code invalid_redirect_uri} (RFC 7591 §3.2.2) saying which rule it breaks
     */
    public static void validate(String redirectUri) {
        if (redirectUri == null || redirectUri.isBlank()) {
            throw invalid("A redirect URI is empty.");
        }
        if (redirectUri.length() > MAX_LENGTH) {
            throw invalid("A redirect URI is at most " + MAX_LENGTH + " characters.");
        }
        if (redirectUri.contains("*")) {
            throw invalid("Redirect URIs cannot contain wildcards: " + shorten(redirectUri));
        }
        if (redirectUri.contains("#")) {
            throw invalid("Redirect URIs cannot have a fragment: " + shorten(redirectUri));
        }
        URI uri = parse(redirectUri);
        if (!uri.isAbsolute()) {
            throw invalid("A redirect URI must be absolute: " + shorten(redirectUri));
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid("Redirect URIs cannot carry user information: " + shorten(redirectUri));
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "https" -> requireHost(uri, redirectUri);
            case "http" -> {
                requireHost(uri, redirectUri);
                if (!isLoopback(uri)) {
                    throw invalid("http is allowed only for loopback redirects (127.0.0.1, [::1], localhost); "
                            + "use https: " + shorten(redirectUri));
                }
            }
            default -> {
                if (!scheme.contains(".")) {
                    throw invalid("A native app's redirect URI uses a private-use scheme in reverse domain name "
                            + "form such as com.example.app:/callback: " + shorten(redirectUri));
                }
            }
        }
    }

    /**
     * Whether {@code requested} is one of {@code registered}: exact string comparison (RFC 9700 §2.1), except that a
     * loopback {@code http} redirect may name any port (RFC 8252
     * <a href="https://www.rfc-editor.org/rfc/rfc8252#section-7.3">§7.3</a>), since native apps pick one at run time.
     */
    public static boolean matches(Collection<String> registered, String requested) {
        if (requested == null) {
            return false;
        }
        if (registered.contains(requested)) {
            return true;
        }
        URI asked = parseOrNull(requested);
        if (asked == null || !isLoopbackHttp(asked)) {
            return false;
        }
        return registered.stream()
                .map(RedirectUriPolicy::parseOrNull)
                .filter(Objects::nonNull)
                .filter(RedirectUriPolicy::isLoopbackHttp)
                .anyMatch(uri -> sameButPort(uri, asked));
    }

    private static boolean sameButPort(URI a, URI b) {
        return a.getScheme().equals(b.getScheme())
                && a.getHost().equals(b.getHost())
                && Objects.equals(a.getRawPath(), b.getRawPath())
                && Objects.equals(a.getRawQuery(), b.getRawQuery())
                && a.getRawFragment() == null
                && b.getRawFragment() == null
                && a.getRawUserInfo() == null
                && b.getRawUserInfo() == null;
    }

    private static boolean isLoopbackHttp(URI uri) {
        return "http".equals(uri.getScheme()) && isLoopback(uri);
    }

    private static boolean isLoopback(URI uri) {
        return uri.getHost() != null && LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT));
    }

    private static void requireHost(URI uri, String original) {
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw invalid("A redirect URI must name a host: " + shorten(original));
        }
    }

    private static URI parse(String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw invalid("That is not a URI: " + shorten(value));
        }
    }

    private static URI parseOrNull(String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String shorten(String value) {
        return value.length() <= 100 ? value : value.substring(0, 100) + "…";
    }

    private static OAuthException invalid(String description) {
        return new OAuthException(OAuthError.INVALID_REDIRECT_URI, description);
    }
}
