package dev.grantry.web.page;

import dev.grantry.service.client.ApplicationAccessDeniedException;
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
import java.io.IOException;
import java.util.List;

/**
 * Backs {@code settings/application.xhtml?client_id=…}: one of the signed-in user's applications, to edit,
 * give a new secret (which no cache may keep), or delete after a confirmation. Anybody else's application (or none)
 * is answered with 403.
 */
@Named
@RequestScoped
public class ApplicationPage {

    static final String CLIENT_ID = "client_id";
    /** Carried by the confirmation form, so that its "Yes, delete" button exists when it is pressed. */
    static final String CONFIRM_DELETE = "confirm_delete";

    @Inject
    ApplicationService service;

    @Inject
    ScopeCatalog scopeCatalog;

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    private String clientId;
    private ApplicationView application;
    private ApplicationForm form;
    private String newSecret;
    private boolean confirmingDelete;
    private List<ScopeView> scopes;

    @PostConstruct
    void load() {
        SecretPages.noStore(faces);
        clientId = faces.getExternalContext().getRequestParameterMap().get(CLIENT_ID);
        confirmingDelete = faces.getExternalContext().getRequestParameterMap().containsKey(CONFIRM_DELETE);
        try {
            application = service.findOwned(clientId, username());
            form = ApplicationForm.from(
                    application, getScopes().stream().map(ScopeView::name).toList());
        } catch (ApplicationAccessDeniedException e) {
            form = new ApplicationForm();
        }
    }

    /** The view action: refuses the page for an application that is not the user's. */
    public void checkAccess() throws IOException {
        refused();
    }

    public void save() throws IOException {
        if (refused()) {
            return;
        }
        try {
            IssuedCredentials saved = service.update(clientId, username(), form.toRequest());
            application = saved.application();
            newSecret = saved.clientSecret();
            PageMessages.info(
                    faces,
                    "pending".equals(application.status())
                            ? "Saved " + application.name() + ". It waits for an administrator's approval; until then "
                                    + "it cannot sign anybody in."
                            : "Saved " + application.name() + ".");
        } catch (OAuthException e) {
            PageMessages.error(faces, e.description());
        }
    }

    public void regenerateSecret() throws IOException {
        if (refused()) {
            return;
        }
        try {
            newSecret = service.regenerateSecret(clientId, username());
            PageMessages.info(faces, "Issued a new client secret; the old one no longer works.");
        } catch (OAuthException e) {
            PageMessages.error(faces, e.description());
        }
    }

    public void askToDelete() throws IOException {
        confirmingDelete = !refused();
    }

    public String delete() throws IOException {
        if (refused()) {
            return null;
        }
        service.delete(clientId, username());
        PageMessages.info(faces, "Deleted application " + application.name() + ".");
        return "/settings/applications";
    }

    private boolean refused() throws IOException {
        if (application != null) {
            return false;
        }
        faces.getExternalContext().responseSendError(403, "Not your application");
        faces.responseComplete();
        return true;
    }

    private String username() {
        return securityContext.getCallerPrincipal().getName();
    }

    /** The scopes users may grant: privileged ones come from an administrator only, so the form never offers them. */
    public List<ScopeView> getScopes() {
        if (scopes == null) {
            scopes = scopeCatalog.delegable();
        }
        return scopes;
    }

    public String getClientId() {
        return clientId;
    }

    public ApplicationView getApplication() {
        return application;
    }

    public ApplicationForm getForm() {
        return form;
    }

    /** A secret issued by this request only; {@code null} otherwise. */
    public String getNewSecret() {
        return newSecret;
    }

    public boolean isConfirmingDelete() {
        return confirmingDelete;
    }
}
