package dev.grantry.service.token;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The {@code scope} parameter (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-3.3">§3.3</a>). */
public final class Scopes {

    private static final Pattern SCOPE_TOKEN = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

    private Scopes() {
    }

    /**
     * The scopes of a space-delimited {@code scope} value, sorted.
     *
     * @throws OAuthException {@code invalid_scope} when a scope token has characters §3.3 forbids
     */
    public static Set<String> parse(String scope) {
        Set<String> scopes = new TreeSet<>();
        for (String token : scope.split(" ")) {
            if (token.isEmpty()) {
                continue;
            }
            if (!SCOPE_TOKEN.matcher(token).matches()) {
                throw new OAuthException(OAuthError.INVALID_SCOPE, "The scope parameter is malformed.");
            }
            scopes.add(token);
        }
        return Collections.unmodifiableSet(scopes);
    }

    /** The space-delimited form of {@code scopes}, sorted. */
    public static String format(Set<String> scopes) {
        return String.join(" ", new TreeSet<>(scopes));
    }
}
