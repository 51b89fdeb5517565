package dev.grantry.service.consent;

import dev.grantry.persistence.audit.AuditEventType;
import dev.grantry.persistence.authorize.Consent;
import dev.grantry.persistence.authorize.ConsentRepository;
import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ApplicationRepository;
import dev.grantry.persistence.grant.ApplicationUse;
import dev.grantry.persistence.grant.IssuedTokenRepository;
import dev.grantry.persistence.user.User;
import dev.grantry.persistence.user.UserRepository;
import dev.grantry.service.audit.AuditTrail;
import dev.grantry.service.revoke.Revocations;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The applications a user has authorized (Gitea's "Authorized OAuth2 Applications", Quay's
 * {@code /api/v1/user/authorizations}): those with a remembered consent or a live token. Revoking one forgets the
 * consent, revokes every access and refresh token of the user for it and drops its unredeemed codes and pending
 * requests, in one transaction, which records it in the audit trail ({@code CONSENT_REVOKED}).
 */
@Stateless
public class AuthorizedApplicationService {

    @Inject
    UserRepository users;

    @Inject
    ApplicationRepository applications;

    @Inject
    ConsentRepository consents;

    @Inject
    IssuedTokenRepository tokens;

    @Inject
    Revocations revocations;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The applications {@code username} has authorized, by name. */
    public List<AuthorizedApplication> list(String username) {
        Optional<User> user = users.findByUsername(username);
        if (user.isEmpty()) {
            return List.of();
        }
        long userId = user.get().getId();
        Instant now = clock.instant();
        Map<Long, Set<String>> consented = new HashMap<>();
        for (Consent consent : consents.findByUser(userId)) {
            consented.put(consent.getApplicationId(), consent.getScopes());
        }
        Map<Long, ApplicationUse> uses = new HashMap<>();
        for (ApplicationUse use : tokens.findUseByUser(userId)) {
            uses.put(use.applicationId(), use);
        }
        Set<Long> authorized = new TreeSet<>(consented.keySet());
        uses.values().stream()
                .filter(use -> use.lastExpiry().isAfter(now))
                .forEach(use -> authorized.add(use.applicationId()));
        List<AuthorizedApplication> result = new ArrayList<>();
        for (Long applicationId : authorized) {
            applications.findById(applicationId).ifPresent(application -> {
                Set<String> scopes = new TreeSet<>(consented.getOrDefault(applicationId, Set.of()));
                tokens.findLiveScopes(userId, applicationId, now).forEach(scopes::addAll);
                ApplicationUse use = uses.get(applicationId);
                result.add(new AuthorizedApplication(
                        application.getClientId(),
                        application.getName(),
                        application.getWebsite(),
                        scopes,
                        use == null ? null : use.firstIssued(),
                        use == null ? null : use.lastIssued()));
            });
        }
        result.sort(Comparator.comparing(AuthorizedApplication::name, String.CASE_INSENSITIVE_ORDER));
        return result;
    }

    /**
     * Takes back everything {@code username} gave the application: the remembered consent, every access and refresh
     * token, the codes not yet redeemed and the requests waiting for consent. Nothing happens for an application the user never authorized.
     *
     * @return whether there was such an application
     */
    public boolean revoke(String username, String clientId) {
        Optional<User> user = users.findByUsername(username);
        Optional<Application> application = applications.findByClientId(clientId);
        if (user.isEmpty() || application.isEmpty()) {
            return false;
        }
        revocations.revokeAuthorization(user.get().getId(), application.get().getId());
        audit.record(audit.success(AuditEventType.CONSENT_REVOKED)
                .actor(username)
                .subjectUser(username)
                .clientId(clientId)
                .detail("The consent, the codes and every token of the authorization were revoked"));
        return true;
    }
}
