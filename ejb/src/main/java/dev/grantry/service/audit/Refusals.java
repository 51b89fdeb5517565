package dev.grantry.service.audit;

import dev.grantry.persistence.audit.AuditEvent;
import dev.grantry.persistence.audit.AuditEventType;
import dev.grantry.persistence.client.Application;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Records the refusals that the server's settings or state decide rather than the request's content: an application
 * still waiting for approval, a request the settings do not allow, a sender over a rate limit. Each is recorded
 * {@link AuditTrail#recordAlone alone}, because the refusal then rolls its own transaction back.
 */
@ApplicationScoped
public class Refusals {

    @Inject
    AuditTrail audit;

    /** {@code application} is pending: it gets nothing until an administrator approves it. */
    public void applicationPending(Application application, String refused) {
        audit.recordAlone(about(audit.failure(AuditEventType.REFUSED_APPLICATION_PENDING), application)
                .detail(refused + ": the application waits for an administrator's approval"));
    }

    /**
     * The settings do not allow the request ({@code why} names the setting).
     *
     * @param clientId the application concerned, or {@code null} when there is none
     */
    public void bySettings(String clientId, String why) {
        audit.recordAlone(audit.failure(AuditEventType.REFUSED_BY_SETTINGS)
                .clientId(clientId)
                .detail(why));
    }

    /** The sender went over a rate limit ({@code which} names it); the request's address is recorded with it. */
    public void rateLimited(String which) {
        audit.recordAlone(audit.failure(AuditEventType.RATE_LIMITED).detail(which));
    }

    private static AuditEvent about(AuditEvent event, Application application) {
        return event.clientId(application.getClientId())
                .subjectUser(
                        application.getOwner() == null
                                ? null
                                : application.getOwner().getUsername());
    }
}
