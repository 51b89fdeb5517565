package dev.grantry.service.scope;

import dev.grantry.persistence.scope.ScopeRepository;

/** A {@link ScopeCatalog} over a given repository, wired as CDI would, for unit tests of other packages. */
public final class TestScopes {

    private TestScopes() {
    }

    public static ScopeCatalog catalog(ScopeRepository scopes) {
        ScopeCatalog catalog = new ScopeCatalog();
        catalog.scopes = scopes;
        return catalog;
    }
}
