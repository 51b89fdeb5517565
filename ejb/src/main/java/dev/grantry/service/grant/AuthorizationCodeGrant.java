package dev.grantry.service.grant;

import dev.grantry.persistence.authorize.AuthorizationCode;
import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.service.authorize.AuthorizationCodes;
import dev.grantry.service.token.IssuedTokens;
import dev.grantry.service.token.TokenIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The authorization code grant's token request (RFC 6749
 * <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.3">§4.1.3</a>) with PKCE (RFC 7636 §4.5): redeems
 * the code, then issues tokens for its user and scopes, with a refresh token when the application may use them, and
 * an ID token when the scopes include {@code openid} (OpenID Connect Core 1.0 §3.1.3).
 */
@ApplicationScoped
public class AuthorizationCodeGrant implements TokenGrant {

    @Inject
    AuthorizationCodes codes;

    @Inject
    TokenIssuer tokenIssuer;

    @Override
    public GrantType grantType() {
        return GrantType.AUTHORIZATION_CODE;
    }

    @Override
    public IssuedTokens exchange(Application client, TokenParameters parameters) {
        AuthorizationCode code = codes.redeem(
                client,
                parameters.required("code"),
                parameters.optional("redirect_uri").orElse(null),
                parameters.optional("code_verifier").orElse(null));
        return tokenIssuer.issueFromCode(client, code, client.getGrantTypes().contains(GrantType.REFRESH_TOKEN));
    }
}
