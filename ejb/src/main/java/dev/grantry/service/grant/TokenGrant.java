package dev.grantry.service.grant;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.service.token.IssuedTokens;

/**
 * One grant type of the token endpoint (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4">§4</a>).
 * Each implementation is a CDI bean; the token endpoint picks the one whose {@link #grantType()} the request names.
 */
public interface TokenGrant {

    /** The grant type this grant answers. */
    GrantType grantType();

    /**
     * Exchanges the request for tokens.
     *
     * @param client the client, already authenticated (or a public client identified by {@code client_id})
     * @param parameters the request's parameters, each at most once
     * @throws dev.grantry.service.error.OAuthException with the RFC 6749 §5.2 error when the grant is refused
     */
    IssuedTokens exchange(Application client, TokenParameters parameters);
}
