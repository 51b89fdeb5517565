package dev.grantry.service.scope;

import dev.grantry.persistence.scope.Scope;
import java.io.Serializable;

/**
 * A scope as users read it: its identifier (e.g. {@code repo:read}), what it allows, and whether it is privileged
 * (given to applications by administrators only, never offered at consent).
 */
public record ScopeView(String name, String description, boolean privileged) implements Serializable {

    /** A delegable scope: one that users may grant at consent. */
    public ScopeView(String name, String description) {
        this(name, description, false);
    }

    static ScopeView of(Scope scope) {
        return new ScopeView(scope.getName(), scope.getDescription(), scope.isPrivileged());
    }
}
