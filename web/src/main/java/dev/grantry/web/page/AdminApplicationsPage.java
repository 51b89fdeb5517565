package dev.grantry.web.page;

import dev.grantry.service.client.ApplicationAccessDeniedException;
import dev.grantry.service.client.ApplicationService;
import dev.grantry.service.client.ApplicationView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/**
 * Backs {@code admin/applications.xhtml}: every application with owner and status; approve, reject, disable. View
 * scoped, so that a row's button acts on the application that row showed even when applications were added or
 * removed meanwhile (Faces finds a pressed row by its position in the list).
 */
@Named
@ViewScoped
public class AdminApplicationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationService service;

    @Inject
    FacesContext faces;

    private List<ApplicationView> applications;

    public List<ApplicationView> getApplications() {
        if (applications == null) {
            applications = service.listAll();
        }
        return applications;
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

    private void change(String clientId, Function<String, ApplicationView> action, String done) {
        try {
            PageMessages.info(faces, done + action.apply(clientId).name() + ".");
            applications = null;
        } catch (ApplicationAccessDeniedException e) {
            PageMessages.error(faces, "There is no such application.");
        }
    }
}
