package dev.grantry.service.grant;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.grant.AuthorizationGrantRepository;
import dev.grantry.persistence.grant.IssuedToken;
import dev.grantry.persistence.grant.IssuedTokenRepository;
import dev.grantry.persistence.user.User;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.error.ReplayRefusedException;
import dev.grantry.service.secret.SecretHasher;
import dev.grantry.service.token.IssuedTokens;
import dev.grantry.service.token.TokenIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * The {@code refresh_token} grant (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-6">§6</a>) with
 * rotation on every use (RFC 9700 <a href="https://www.rfc-editor.org/rfc/rfc9700#section-4.14.2">§4.14.2</a>): the
 * presented token is marked used and a new one issued; presenting a used one again revokes its whole family (every
 * access and refresh token of that authorization). The token is bound to the client it was issued to; a narrower
 * {@code scope} is allowed for the new access token, a wider one is {@code invalid_scope}.
 */
@ApplicationScoped
public class RefreshTokenGrant implements TokenGrant {

    @Inject
    IssuedTokenRepository tokens;

    @Inject
    AuthorizationGrantRepository grants;

    @Inject
    SecretHasher hasher;

    @Inject
    TokenIssuer issuer;

    @Inject
    Clock clock;

    @Override
    public GrantType grantType() {
        return GrantType.REFRESH_TOKEN;
    }

    @Override
    public IssuedTokens exchange(Application client, TokenParameters parameters) {
        IssuedToken token = tokens.findRefreshByHash(hasher.hash(parameters.required("refresh_token")))
                .orElseThrow(() -> invalidGrant("The refresh token is invalid."));
        Instant now = clock.instant();
        if (!token.getApplication().getId().equals(client.getId())) {
            throw invalidGrant("The refresh token was issued to another client.");
        }
        if (token.isRevoked() || token.isExpiredAt(now)) {
            throw invalidGrant("The refresh token is revoked or expired.");
        }
        User user = token.getUser();
        if (user != null && !user.isEnabled()) {
            throw invalidGrant("The user who granted the refresh token is disabled.");
        }
        Set<String> granted = token.getScopes();
        Set<String> scopes = parameters.scopes().orElse(granted);
        if (!granted.containsAll(scopes)) {
            throw new OAuthException(OAuthError.INVALID_SCOPE, "The scope is wider than the refresh token's.");
        }
        // One family at a time from here on (see AuthorizationGrantRepository.lock).
        if (!grants.lock(token.getGrant().getId()) || !tokens.markUsed(token.getJti(), now)) {
            issuer.revokeReplayedFamily(token);
            throw new ReplayRefusedException(
                    "The refresh token was already used; every token of its authorization is revoked.");
        }
        return issuer.rotate(token, scopes);
    }

    private static OAuthException invalidGrant(String description) {
        return new OAuthException(OAuthError.INVALID_GRANT, description);
    }
}
