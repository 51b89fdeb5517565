package dev.grantry.web.page;

import dev.grantry.service.client.ApplicationView;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The administrator's form of what one application holds beyond self-service: whether it may act for itself
 * (client_credentials) and which privileged scopes it holds.
 */
public class ApplicationPowersForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String CLIENT_CREDENTIALS = "client_credentials";

    private boolean actsForItself;
    private List<String> scopes = new ArrayList<>();

    /** The form filled in with what {@code application} holds now, among {@code privilegedScopes}. */
    static ApplicationPowersForm of(ApplicationView application, Collection<String> privilegedScopes) {
        ApplicationPowersForm form = new ApplicationPowersForm();
        form.actsForItself = application.grantTypes().contains(CLIENT_CREDENTIALS);
        form.scopes = new ArrayList<>(
                application.scopes().stream().filter(privilegedScopes::contains).toList());
        return form;
    }

    public boolean isActsForItself() {
        return actsForItself;
    }

    public void setActsForItself(boolean actsForItself) {
        this.actsForItself = actsForItself;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes == null ? new ArrayList<>() : new ArrayList<>(scopes);
    }
}
