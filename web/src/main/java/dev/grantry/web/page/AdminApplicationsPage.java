package dev.grantry.web.page;

import dev.grantry.service.client.ApplicationAccessDeniedException;
import dev.grantry.service.client.ApplicationService;
import dev.grantry.service.client.ApplicationView;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.scope.ScopeCatalog;
import dev.grantry.service.scope.ScopeKindService;
import dev.grantry.service.scope.ScopeView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Backs {@code admin/applications.xhtml}: every application with owner and status; approve, reject, disable; the
 * powers only an administrator gives (acting for itself with client_credentials, privileged scopes); and which scopes
 * are privileged. View scoped, so that a row's button acts on the application that row showed even when applications
 * were added or removed meanwhile (Faces finds a pressed row by its position in the list).
 */
@Named
@ViewScoped
public class AdminApplicationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationService service;

    @Inject
    ScopeCatalog scopeCatalog;

    @Inject
    ScopeKindService scopeKinds;

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    private List<ApplicationView> applications;
    private List<ScopeView> scopes;
    private ApplicationView editing;
    private ApplicationPowersForm powers;

    public List<ApplicationView> getApplications() {
        if (applications == null) {
            applications = service.listAll();
        }
        return applications;
    }

    /** Every scope with its kind, for the scopes section. */
    public List<ScopeView> getScopes() {
        if (scopes == null) {
            scopes = scopeCatalog.all();
        }
        return scopes;
    }

    /** The scopes only an administrator gives, offered in the powers form. */
    public List<ScopeView> getPrivilegedScopes() {
        return getScopes().stream().filter(ScopeView::privileged).toList();
    }

    /** What {@code application} holds beyond self-service, in a few words for its row. */
    public String powersOf(ApplicationView application) {
        ApplicationPowersForm held = ApplicationPowersForm.of(application, privilegedNames());
        List<String> words = new ArrayList<>();
        if (held.isActsForItself()) {
            words.add(ApplicationPowersForm.CLIENT_CREDENTIALS);
        }
        words.addAll(held.getScopes());
        return words.isEmpty() ? "none" : String.join(", ", words);
    }

    public void approve(String clientId) {
        change(clientId, service::approve, "Approved ");
    }

    public void reject(String clientId) {
        change(clientId, service::reject, "Rejected ");
    }

    public void disable(String clientId) {
        change(clientId, service::disable, "Disabled ");
    }

    /** Opens the powers form of {@code clientId}'s application. */
    public void editPowers(String clientId) {
        editing = getApplications().stream()
                .filter(application -> application.clientId().equals(clientId))
                .findFirst()
                .orElse(null);
        powers = editing == null ? null : ApplicationPowersForm.of(editing, privilegedNames());
    }

    public void savePowers() {
        if (editing == null) {
            PageMessages.error(faces, "There is no such application.");
            return;
        }
        try {
            ApplicationView saved = service.setPowers(
                    editing.clientId(), powers.isActsForItself(), Set.copyOf(powers.getScopes()), administrator());
            PageMessages.info(faces, "Saved the powers of " + saved.name() + ".");
            editing = null;
            powers = null;
            applications = null;
        } catch (OAuthException e) {
            PageMessages.error(faces, e.description());
        } catch (ApplicationAccessDeniedException e) {
            PageMessages.error(faces, "There is no such application.");
        }
    }

    /**
     * Whether the scopes section offers to make {@code scope} delegable: {@code token:introspect} and
     * {@code audit:read} stay privileged.
     */
    public boolean mayBecomeDelegable(ScopeView scope) {
        return scope.privileged() && !ScopeCatalog.ALWAYS_PRIVILEGED.contains(scope.name());
    }

    public void makePrivileged(String scope) {
        changeKind(scope, true, " is privileged now: only an administrator gives it to applications.");
    }

    public void makeDelegable(String scope) {
        changeKind(scope, false, " is delegable now: users may grant it to applications.");
    }

    private void changeKind(String scope, boolean privileged, String done) {
        try {
            PageMessages.info(faces, scopeKinds.setPrivileged(scope, privileged).name() + done);
            scopes = null;
        } catch (OAuthException e) {
            PageMessages.error(faces, e.description());
        }
    }

    /** The application whose powers are being edited, or {@code null}. */
    public ApplicationView getEditing() {
        return editing;
    }

    public ApplicationPowersForm getPowers() {
        return powers;
    }

    private Set<String> privilegedNames() {
        return Set.copyOf(getPrivilegedScopes().stream().map(ScopeView::name).toList());
    }

    /** The signed-in administrator, who the audit trail records as having acted. */
    private String administrator() {
        return securityContext.getCallerPrincipal().getName();
    }

    private void change(String clientId, BiFunction<String, String, ApplicationView> action, String done) {
        try {
            PageMessages.info(
                    faces, done + action.apply(clientId, administrator()).name() + ".");
            applications = null;
        } catch (ApplicationAccessDeniedException e) {
            PageMessages.error(faces, "There is no such application.");
        }
    }
}
