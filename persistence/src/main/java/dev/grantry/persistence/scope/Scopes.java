package dev.grantry.persistence.scope;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The one parser and formatter of scope values (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-3.3">
 * §3.3</a>): scope tokens separated by spaces, sorted when formatted. Callers turn a {@link MalformedScopeException}
 * into their protocol's error.
 */
public final class Scopes {

    /** RFC 6749 §3.3 {@code scope-token}: printable ASCII except space, {@code "} and {@code \}. */
    private static final Pattern SCOPE_TOKEN = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

    /** The scope that makes an authorization request an OpenID Connect sign-in (Core 1.0 §3.1.2.1). */
    public static final String OPENID = "openid";
    /** OpenID Connect's scope of the user's name claims (Core 1.0 §5.4). */
    public static final String PROFILE = "profile";
    /** OpenID Connect's scope of the user's email claims (Core 1.0 §5.4). */
    public static final String EMAIL = "email";

    private Scopes() {}

    /**
     * The scopes of a space-delimited value, sorted; empty for {@code null} or blank.
     *
     * @throws MalformedScopeException when a scope token has characters §3.3 forbids
     */
    public static Set<String> parse(String scope) {
        Set<String> scopes = new TreeSet<>();
        if (scope != null) {
            for (String token : scope.split(" ")) {
                if (token.isEmpty()) {
                    continue;
                }
                if (!SCOPE_TOKEN.matcher(token).matches()) {
                    throw new MalformedScopeException();
                }
                scopes.add(token);
            }
        }
        return Collections.unmodifiableSet(scopes);
    }

    /** The space-delimited form of {@code scopes}, sorted; empty when there are none. */
    public static String format(Collection<String> scopes) {
        return String.join(" ", new TreeSet<>(scopes));
    }
}
