package dev.grantry.web.page;

import dev.grantry.service.audit.AuditEntry;
import dev.grantry.service.audit.AuditLog;
import dev.grantry.service.audit.AuditPage;
import dev.grantry.service.audit.AuditQuery;
import dev.grantry.web.audit.AuditParameters;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Backs {@code settings/activity.xhtml}: the signed-in user's own security events (sign-ins, consents, tokens,
 * applications: every event whose subject is them), newest first, one keyset page at a time.
 */
@Named
@ViewScoped
public class ActivityPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog log;

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    private String after;
    private List<AuditEntry> entries = List.of();
    private String next;

    public void load() {
        try {
            AuditPage page = log.page(
                    AuditQuery.ofUser(securityContext.getCallerPrincipal().getName()),
                    AuditParameters.cursor(after),
                    AdminAuditPage.PAGE_SIZE);
            entries = page.entries();
            next = page.next() == null ? null : page.next().token();
        } catch (IllegalArgumentException e) {
            PageMessages.error(faces, e.getMessage());
        }
    }

    public String when(Instant instant) {
        return AdminAuditPage.WHEN.format(instant);
    }

    public List<AuditEntry> getEntries() {
        return entries;
    }

    public String getNext() {
        return next;
    }

    public boolean isPaged() {
        return after != null && !after.isBlank();
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }
}
