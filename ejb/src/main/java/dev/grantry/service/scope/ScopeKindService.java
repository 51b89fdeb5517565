package dev.grantry.service.scope;

import dev.grantry.persistence.scope.Scope;
import dev.grantry.persistence.scope.ScopeKind;
import dev.grantry.persistence.scope.ScopeRepository;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The one path by which an administrator changes a scope's kind. Marking a scope privileged stops users granting it
 * at consent and registering applications with it; applications that already hold it keep it until an administrator
 * takes it away on {@code /admin/applications}, where they are listed.
 */
@Stateless
public class ScopeKindService {

    @Inject
    ScopeRepository scopes;

    /**
     * Makes {@code name} privileged or delegable.
     *
     * @throws OAuthException {@code invalid_scope} for an unknown scope, or for making one of
     *         {@link ScopeCatalog#ALWAYS_PRIVILEGED} delegable
     */
    public ScopeView setPrivileged(String name, boolean privileged) {
        Scope scope = scopes.findByName(name == null ? "" : name)
                .orElseThrow(() -> new OAuthException(OAuthError.INVALID_SCOPE, "There is no such scope."));
        if (!privileged && ScopeCatalog.ALWAYS_PRIVILEGED.contains(scope.getName())) {
            throw new OAuthException(
                    OAuthError.INVALID_SCOPE,
                    scope.getName() + " is always privileged: it gives an application powers over every user's data.");
        }
        scope.setKind(privileged ? ScopeKind.PRIVILEGED : ScopeKind.DELEGABLE);
        return ScopeView.of(scope);
    }
}
