package dev.grantry.web.page;

import dev.grantry.service.consent.AuthorizedApplication;
import dev.grantry.service.consent.AuthorizedApplicationService;
import dev.grantry.service.scope.ScopeCatalog;
import dev.grantry.service.scope.ScopeView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backs {@code settings/authorizations.xhtml}: the applications the signed-in user authorized, and revoking them. View
 * scoped, so that "Revoke" acts on the application its row showed even when the list changed meanwhile.
 */
@Named
@ViewScoped
public class AuthorizationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    AuthorizedApplicationService authorizedApplications;

    @Inject
    ScopeCatalog scopeCatalog;

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    private List<AuthorizedApplication> authorized;
    private Map<String, String> descriptions;

    public List<AuthorizedApplication> getAuthorized() {
        if (authorized == null) {
            authorized = authorizedApplications.list(username());
        }
        return authorized;
    }

    /** What a scope lets an application do, as users read it beside the scope's identifier. */
    public String describe(String scope) {
        if (descriptions == null) {
            descriptions =
                    scopeCatalog.all().stream().collect(Collectors.toMap(ScopeView::name, ScopeView::description));
        }
        return descriptions.getOrDefault(scope, "");
    }

    public String when(Instant instant) {
        return instant == null ? "never" : WHEN.format(instant);
    }

    public void revoke(AuthorizedApplication application) {
        authorizedApplications.revoke(username(), application.clientId());
        PageMessages.info(faces, "Revoked the access of " + application.name() + " (" + application.clientId() + ").");
        authorized = null;
    }

    private String username() {
        return securityContext.getCallerPrincipal().getName();
    }
}
