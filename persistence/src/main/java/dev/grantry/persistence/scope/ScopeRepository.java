package dev.grantry.persistence.scope;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores the known {@link Scope}s. */
public interface ScopeRepository {

    List<Scope> findAll();

    /** The scopes among {@code names} that exist, ordered by name. */
    List<Scope> findByNames(Collection<String> names);

    Optional<Scope> findByName(String name);

    void add(Scope scope);
}
