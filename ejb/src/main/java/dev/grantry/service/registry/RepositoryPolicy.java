package dev.grantry.service.registry;

import java.util.Set;

/** What one authenticated caller of the token service may do: the actions allowed on a repository. */
@FunctionalInterface
public interface RepositoryPolicy {

    /** Actions ({@code pull}, {@code push}) allowed on {@code repository}; empty when none. */
    Set<String> allowed(String repository);

    /** Nobody's policy: an anonymous caller may do nothing beyond what public repositories allow. */
    RepositoryPolicy NOTHING = repository -> Set.of();

    /** A namespace owner's: pull and push on every repository under {@code namespace/}. */
    static RepositoryPolicy namespaceOwner(String namespace, Set<String> actions) {
        String prefix = namespace + "/";
        return repository -> repository.startsWith(prefix) ? actions : Set.of();
    }
}
