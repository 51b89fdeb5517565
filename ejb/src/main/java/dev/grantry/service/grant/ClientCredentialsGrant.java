package dev.grantry.service.grant;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ClientType;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.token.IssuedTokens;
import dev.grantry.service.token.TokenIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * The {@code client_credentials} grant (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.4">
 * §4.4</a>): a confidential client gets an access token for itself (subject: its client id), with the scopes it
 * asks for among those registered for it (all of them when it names none), and no refresh token (§4.4.3).
 */
@ApplicationScoped
public class ClientCredentialsGrant implements TokenGrant {

    @Inject
    TokenIssuer issuer;

    @Override
    public GrantType grantType() {
        return GrantType.CLIENT_CREDENTIALS;
    }

    @Override
    public IssuedTokens exchange(Application client, TokenParameters parameters) {
        if (client.getClientType() != ClientType.CONFIDENTIAL) {
            throw new OAuthException(
                    OAuthError.UNAUTHORIZED_CLIENT, "Only confidential clients may use client_credentials.");
        }
        Set<String> allowed = client.getScopes();
        Set<String> scopes = parameters.scopes().orElse(allowed);
        if (!allowed.containsAll(scopes)) {
            throw new OAuthException(
                    OAuthError.INVALID_SCOPE, "The application is not registered for every requested scope.");
        }
        return issuer.issue(client, null, scopes, null, false);
    }
}
