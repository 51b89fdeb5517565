package dev.grantry.web.page;

import dev.grantry.service.client.ApplicationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** How the application pages word an application's status and owner. */
@Named
@ApplicationScoped
public class ApplicationLabels {

    /** {@code active}, {@code disabled}, or {@code waiting for approval} for a pending one. */
    public String status(ApplicationView application) {
        return "pending".equals(application.status()) ? "waiting for approval" : application.status();
    }

    public String owner(ApplicationView application) {
        return application.owner() == null ? "nobody (registered by API)" : application.owner();
    }
}
