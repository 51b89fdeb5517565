package dev.grantry.service.direct;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ApplicationRepository;
import dev.grantry.persistence.client.ApplicationStatus;
import dev.grantry.persistence.user.User;
import dev.grantry.persistence.user.UserRepository;
import dev.grantry.service.audit.Refusals;
import dev.grantry.service.client.RedirectUriPolicy;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.scope.ScopeCatalog;
import dev.grantry.service.scope.ScopeParameter;
import dev.grantry.service.settings.GrantrySettings;
import dev.grantry.service.token.IssuedTokens;
import dev.grantry.service.token.TokenIssuer;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * The two database steps of a direct approval, each in a transaction of its own, before and after
 * {@link DirectApprovalService} signs the user in: checking the request, and issuing the token.
 */
@Stateless
public class DirectApprovalSteps {

    @Inject
    ApplicationRepository applications;

    @Inject
    UserRepository users;

    @Inject
    TokenIssuer issuer;

    @Inject
    ScopeCatalog scopeCatalog;

    @Inject
    GrantrySettings settings;

    @Inject
    Refusals refusals;

    /**
     * Checks the application and the scopes asked for.
     *
     * @return the scopes
     * @throws OAuthException 403 for a client not whitelisted, 400 for an unregistered redirect URI or a scope the
     *         application may not ask for
     */
    public Set<String> checkRequest(String clientId, String redirectUri, String scope) {
        Application client = applications
                .findByClientId(clientId == null ? "" : clientId)
                .filter(application -> settings.directOAuthClientIds().contains(application.getClientId()))
                .orElseThrow(() -> {
                    refusals.bySettings(
                            clientId,
                            "Direct approval: the client id is not on grantry.direct.oauth.clientid.whitelist");
                    return new OAuthException(
                            OAuthError.ACCESS_DENIED, "This application is not allowed direct approval.");
                });
        if (client.getStatus() == ApplicationStatus.PENDING) {
            refusals.applicationPending(client, "Direct approval");
        }
        if (client.getStatus() != ApplicationStatus.ACTIVE) {
            throw new OAuthException(OAuthError.UNAUTHORIZED_CLIENT, "The application is not active.");
        }
        if (redirectUri == null || !RedirectUriPolicy.matches(client.getRedirectUris(), redirectUri)) {
            throw new OAuthException(
                    OAuthError.INVALID_REQUEST, "The redirect_uri is not registered for this application.");
        }
        Set<String> scopes = ScopeParameter.parse(scope == null ? null : scope.replace(',', ' '));
        if (scopes.isEmpty() || !client.getScopes().containsAll(scopes)) {
            throw new OAuthException(
                    OAuthError.INVALID_SCOPE, "Ask for one or more of the scopes this application is allowed.");
        }
        if (scopes.stream().anyMatch(scopeCatalog.privilegedNames()::contains)) {
            // The user approves here as on the consent page, and users never grant privileged scopes.
            throw new OAuthException(
                    OAuthError.INVALID_SCOPE,
                    "A privileged scope is never granted by a user, only by an administrator.");
        }
        return scopes;
    }

    /** @throws OAuthException {@code unauthorized_client} when the application stopped being active meanwhile */
    public IssuedTokens issue(String clientId, String username, Set<String> scopes) {
        Application client = applications
                .findByClientId(clientId)
                .filter(application -> application.getStatus() == ApplicationStatus.ACTIVE)
                .orElseThrow(
                        () -> new OAuthException(OAuthError.UNAUTHORIZED_CLIENT, "The application is not active."));
        User user = users.findByUsername(username).orElseThrow();
        return issuer.issueDirectlyApproved(client, user, scopes);
    }
}
