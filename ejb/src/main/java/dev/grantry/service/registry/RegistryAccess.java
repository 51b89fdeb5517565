package dev.grantry.service.registry;

import dev.grantry.service.robot.RepositoryNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides the {@code access} claim of a registry token: for each repository asked for, the actions asked that the
 * caller's policy allows, plus {@code pull} on a public repository for anyone. Actions on other resource types
 * ({@code registry:catalog:*}) and actions Grantry never grants ({@code *}, delete) are left out, as are malformed
 * repository names; a scope left with no action is dropped, as the specification allows.
 */
public final class RegistryAccess {

    static final String PULL = "pull";
    static final String PUSH = "push";

    private RegistryAccess() {}

    /** The scopes granted: {@code asked} ∩ what {@code policy} and the public repositories allow. */
    public static List<RegistryScope> granted(
            List<RegistryScope> asked, RepositoryPolicy policy, Set<String> publicRepositories) {
        List<RegistryScope> granted = new ArrayList<>();
        for (RegistryScope scope : asked) {
            if (!RegistryScope.REPOSITORY.equals(scope.type()) || !RepositoryNames.isValid(scope.name())) {
                continue;
            }
            Set<String> allowed = new LinkedHashSet<>(policy.allowed(scope.name()));
            if (publicRepositories.contains(scope.name())) {
                allowed.add(PULL);
            }
            Set<String> actions = new LinkedHashSet<>(scope.actions());
            actions.retainAll(allowed);
            if (!actions.isEmpty()) {
                granted.add(new RegistryScope(scope.type(), scope.name(), actions));
            }
        }
        return granted;
    }
}
