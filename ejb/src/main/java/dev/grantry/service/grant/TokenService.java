package dev.grantry.service.grant;

import dev.grantry.persistence.client.Application;
import dev.grantry.service.client.ClientAuthenticator;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.token.IssuedTokens;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The token endpoint's work (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-3.2">§3.2</a>) in one
 * transaction: find the grant type, authenticate the client, check that it may use that grant, exchange. Any
 * {@link OAuthException} rolls everything back.
 */
@Stateless
public class TokenService {

    @Inject
    Grants grants;

    @Inject
    ClientAuthenticator authenticator;

    /**
     * @param authorization the request's {@code Authorization} header, or {@code null}
     * @param parameters the request's parameters, each at most once
     */
    public IssuedTokens token(String authorization, TokenParameters parameters) {
        String grantType = parameters.required("grant_type");
        TokenGrant grant = grants.find(grantType);
        Application client = authenticator.authenticate(parameters.clientCredentials(authorization));
        if (!client.getGrantTypes().contains(grant.grantType())) {
            throw new OAuthException(
                    OAuthError.UNAUTHORIZED_CLIENT, "The application is not allowed the grant type " + grantType + ".");
        }
        return grant.exchange(client, parameters);
    }
}
