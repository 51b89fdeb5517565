package dev.grantry.persistence.authorize;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Scopes as stored in one column: sorted, space separated (the RFC 6749 §3.3 {@code scope} syntax). */
public final class ScopeSet {

    private ScopeSet() {
    }

    public static String join(Set<String> scopes) {
        return String.join(" ", new TreeSet<>(scopes));
    }

    public static Set<String> split(String scopes) {
        return scopes == null || scopes.isBlank() ? Set.of()
                : Arrays.stream(scopes.trim().split(" +")).collect(Collectors.toCollection(TreeSet::new));
    }
}
