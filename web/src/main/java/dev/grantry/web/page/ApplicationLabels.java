package dev.grantry.web.page;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ClientType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** How the application pages word an application's status, type and owner. */
@Named
@ApplicationScoped
public class ApplicationLabels {

    public String status(Application application) {
        return switch (application.getStatus()) {
            case PENDING -> "waiting for approval";
            case ACTIVE -> "active";
            case DISABLED -> "disabled";
        };
    }

    public String type(Application application) {
        return application.getClientType() == ClientType.PUBLIC ? "public" : "confidential";
    }

    public String owner(Application application) {
        return application.getOwner() == null ? "nobody (registered by API)" : application.getOwner().getUsername();
    }
}
