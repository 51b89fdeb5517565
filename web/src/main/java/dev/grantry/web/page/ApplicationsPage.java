package dev.grantry.web.page;

import dev.grantry.service.client.ApplicationService;
import dev.grantry.service.client.ApplicationView;
import dev.grantry.service.client.IssuedCredentials;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.scope.ScopeCatalog;
import dev.grantry.service.scope.ScopeView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/**
 * Backs {@code settings/applications.xhtml}: the signed-in user's applications and the "New application" form. The
 * new client secret is shown in the answer to the creation only, which no cache may keep.
 */
@Named
@RequestScoped
public class ApplicationsPage {

    @Inject
    ApplicationService service;

    @Inject
    ScopeCatalog scopeCatalog;

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    private ApplicationForm form = new ApplicationForm();
    private IssuedCredentials created;
    private List<ApplicationView> applications;
    private List<ScopeView> scopes;

    @PostConstruct
    void noStore() {
        SecretPages.noStore(faces);
    }

    public List<ApplicationView> getApplications() {
        if (applications == null) {
            applications =
                    service.listOwnedBy(securityContext.getCallerPrincipal().getName());
        }
        return applications;
    }

    /** The scopes users may grant: privileged ones come from an administrator only, so the form never offers them. */
    public List<ScopeView> getScopes() {
        if (scopes == null) {
            scopes = scopeCatalog.delegable();
        }
        return scopes;
    }

    public void create() {
        try {
            created = service.create(
                    form.toRequest(), securityContext.getCallerPrincipal().getName());
            PageMessages.info(
                    faces, "Created application " + created.application().name() + ".");
            form = new ApplicationForm();
            applications = null;
        } catch (OAuthException e) {
            PageMessages.error(faces, e.description());
        }
    }

    public ApplicationForm getForm() {
        return form;
    }

    /** The application just created, in the answer to "Create application" only. */
    public ApplicationView getCreated() {
        return created == null ? null : created.application();
    }

    /** Its client secret (confidential clients), shown in that answer only. */
    public String getCreatedSecret() {
        return created == null ? null : created.clientSecret();
    }
}
