package dev.grantry.service.scope;

import dev.grantry.persistence.scope.ScopeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;

/** The scopes that exist (an administrator's list), each with the description users see. */
@ApplicationScoped
public class ScopeCatalog {

    @Inject
    ScopeRepository scopes;

    /** Every scope, by name. */
    public List<ScopeView> all() {
        return scopes.findAll().stream().map(ScopeView::of).toList();
    }

    /** The scopes among {@code names} that exist, by name. */
    public List<ScopeView> describe(Collection<String> names) {
        return scopes.findByNames(names).stream().map(ScopeView::of).toList();
    }
}
