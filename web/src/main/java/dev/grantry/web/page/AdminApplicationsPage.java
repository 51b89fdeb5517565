package dev.grantry.web.page;

import dev.grantry.service.client.ApplicationAccessDeniedException;
import dev.grantry.service.client.ApplicationService;
import dev.grantry.service.client.ApplicationView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Function;

/** Backs {@code admin/applications.xhtml}: every application with owner and status; approve, reject, disable. */
@Named
@RequestScoped
public class AdminApplicationsPage {

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
