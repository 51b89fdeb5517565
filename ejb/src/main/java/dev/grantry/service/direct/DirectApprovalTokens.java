package dev.grantry.service.direct;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ApplicationRepository;
import dev.grantry.persistence.client.ApplicationStatus;
import dev.grantry.persistence.user.User;
import dev.grantry.persistence.user.UserRepository;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.token.IssuedTokens;
import dev.grantry.service.token.TokenIssuer;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Issues the token of a direct approval in a transaction of its own, once {@link DirectApprovalService} has checked
 * the request and signed the user in: the application and the user as this transaction sees them.
 */
@Stateless
public class DirectApprovalTokens {

    @Inject
    ApplicationRepository applications;

    @Inject
    UserRepository users;

    @Inject
    TokenIssuer issuer;

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
