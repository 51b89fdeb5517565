package dev.grantry.service.revoke;

import dev.grantry.persistence.authorize.AuthorizationCodeRepository;
import dev.grantry.persistence.authorize.ConsentRepository;
import dev.grantry.persistence.authorize.PendingAuthorizationRepository;
import dev.grantry.persistence.grant.AuthorizationGrantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Revokes, in the caller's transaction, every grant and token and deletes every unredeemed code and pending request
 * of an application, a user, or one user's authorization of one application. What is revoked stays revoked: enabling
 * the application or the user again revives none of it. Redeemed codes are kept until they expire, so that a replay
 * is still recognised (RFC 6749 §4.1.2).
 */
@ApplicationScoped
public class Revocations {

    @Inject
    AuthorizationGrantRepository grants;

    @Inject
    AuthorizationCodeRepository codes;

    @Inject
    PendingAuthorizationRepository pendings;

    @Inject
    ConsentRepository consents;

    @Inject
    Clock clock;

    /**
     * The application was disabled, rejected or is being deleted: nothing issued to it lives on, and every user must
     * consent again should it be enabled.
     */
    public void revokeApplication(long applicationId) {
        grants.revokeByApplication(applicationId, clock.instant());
        codes.removeUnusedByApplication(applicationId);
        pendings.removeByApplication(applicationId);
        consents.removeByApplication(applicationId);
    }

    /** The user was disabled: nothing issued for them lives on. Their remembered consents are their own and stay. */
    public void revokeUser(long userId) {
        grants.revokeByUser(userId, clock.instant());
        codes.removeUnusedByUser(userId);
        pendings.removeByUser(userId);
    }

    /** The user revoked the application on the authorized applications: it must ask them again. */
    public void revokeAuthorization(long userId, long applicationId) {
        consents.remove(userId, applicationId);
        grants.revokeByUserAndApplication(userId, applicationId, clock.instant());
        codes.removeUnusedByUserAndApplication(userId, applicationId);
        pendings.removeByUserAndApplication(userId, applicationId);
    }
}
