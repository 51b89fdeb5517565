package dev.grantry.service.registry;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One resource scope of a registry token request, {@code type:name:actions} (Docker Registry v2
 * <a href="https://distribution.github.io/distribution/spec/auth/scope/">scope grammar</a>), such as
 * {@code repository:alice/app:pull,push}. The name may itself hold a colon (a registry host with a port), so the type
 * ends at the first colon and the actions start after the last.
 */
public record RegistryScope(String type, String name, Set<String> actions) {

    /** The resource type of repositories, the only one Grantry grants actions on. */
    public static final String REPOSITORY = "repository";

    private static final Pattern TYPE = Pattern.compile("[a-z0-9]+(\\([a-z0-9]+\\))?");
    private static final Pattern ACTION = Pattern.compile("[a-z*]+");
    private static final int MAX_LENGTH = 512;

    public RegistryScope {
        actions = Collections.unmodifiableSet(new LinkedHashSet<>(actions));
    }

    /**
     * The scopes of every {@code scope} parameter; a parameter may hold several, separated by spaces.
     *
     * @throws OAuthException {@code invalid_request} (400) for a scope that does not follow the grammar
     */
    public static List<RegistryScope> parseAll(List<String> parameters) {
        List<RegistryScope> scopes = new ArrayList<>();
        for (String parameter : parameters == null ? List.<String>of() : parameters) {
            for (String scope : parameter.trim().split(" +")) {
                if (!scope.isEmpty()) {
                    scopes.add(parse(scope));
                }
            }
        }
        return scopes;
    }

    static RegistryScope parse(String scope) {
        int typeEnd = scope.indexOf(':');
        int actionsStart = scope.lastIndexOf(':');
        if (scope.length() > MAX_LENGTH || typeEnd <= 0 || actionsStart <= typeEnd + 1) {
            throw malformed(scope);
        }
        String type = scope.substring(0, typeEnd);
        String name = scope.substring(typeEnd + 1, actionsStart);
        List<String> actions = Arrays.asList(scope.substring(actionsStart + 1).split(",", -1));
        if (!TYPE.matcher(type).matches()
                || actions.stream().anyMatch(action -> !ACTION.matcher(action).matches())) {
            throw malformed(scope);
        }
        return new RegistryScope(type, name, new LinkedHashSet<>(actions));
    }

    private static OAuthException malformed(String scope) {
        return new OAuthException(
                OAuthError.INVALID_REQUEST,
                "The scope " + (scope.length() > 80 ? scope.substring(0, 80) + "…" : scope)
                        + " is not of the form repository:name:pull,push.");
    }
}
