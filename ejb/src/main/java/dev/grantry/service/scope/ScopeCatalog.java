package dev.grantry.service.scope;

import dev.grantry.persistence.scope.ScopeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scopes that exist (an administrator's list), each with the description users see and its kind: delegable
 * (users grant it at consent) or privileged (administrators give it to applications).
 */
@ApplicationScoped
public class ScopeCatalog {

    /**
     * The scope of a resource server's token that may introspect any token (RFC 7662 §2.1): always privileged, so
     * that this power comes from an administrator only.
     */
    public static final String TOKEN_INTROSPECT = "token:introspect";

    /**
     * The scope of an audit or SIEM tool's token that reads the whole audit trail ({@code GET /api/v1/audit}): always
     * privileged, for the same reason.
     */
    public static final String AUDIT_READ = "audit:read";

    /** The scopes that stay privileged whatever an administrator does: they give powers over every user's data. */
    public static final Set<String> ALWAYS_PRIVILEGED = Set.of(TOKEN_INTROSPECT, AUDIT_READ);

    @Inject
    ScopeRepository scopes;

    /** Every scope, by name. */
    public List<ScopeView> all() {
        return scopes.findAll().stream().map(ScopeView::of).toList();
    }

    /** The scopes users may grant at consent, by name: what the settings pages offer. */
    public List<ScopeView> delegable() {
        return all().stream().filter(scope -> !scope.privileged()).toList();
    }

    /** The scopes only administrators give to applications, by name. */
    public List<ScopeView> privileged() {
        return all().stream().filter(ScopeView::privileged).toList();
    }

    /** The names of the privileged scopes. */
    public Set<String> privilegedNames() {
        return privileged().stream().map(ScopeView::name).collect(Collectors.toSet());
    }

    /** The scopes among {@code names} that exist, by name. */
    public List<ScopeView> describe(Collection<String> names) {
        return scopes.findByNames(names).stream().map(ScopeView::of).toList();
    }
}
