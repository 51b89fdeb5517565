package dev.grantry.service.scope;

import dev.grantry.persistence.scope.Scope;
import java.io.Serializable;

/** A scope as users read it: its identifier (e.g. {@code repo:read}) and what it allows. */
public record ScopeView(String name, String description) implements Serializable {

    static ScopeView of(Scope scope) {
        return new ScopeView(scope.getName(), scope.getDescription());
    }
}
