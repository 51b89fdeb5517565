package dev.grantry.service.token;

import dev.grantry.persistence.audit.AuditEventType;
import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.grant.AuthorizationGrantRepository;
import dev.grantry.persistence.grant.IssuedToken;
import dev.grantry.persistence.grant.IssuedTokenRepository;
import dev.grantry.persistence.grant.TokenKind;
import dev.grantry.persistence.scope.Scopes;
import dev.grantry.service.audit.Actors;
import dev.grantry.service.audit.AuditTrail;
import dev.grantry.service.client.ClientAuthenticator;
import dev.grantry.service.client.ClientCredentials;
import dev.grantry.service.error.OAuthException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Token revocation (RFC 7009 <a href="https://www.rfc-editor.org/rfc/rfc7009#section-2.1">§2.1</a>): the client
 * authenticates as at the token endpoint and names a token it holds. Revoking a refresh token revokes its whole
 * grant, access tokens included. An unknown, already revoked or other client's token changes nothing, and the answer
 * is the same, so that revocation tells nothing about tokens. A revocation is recorded as {@code TOKEN_REVOKED} in
 * its transaction, with the client as the actor.
 */
@Stateless
public class RevocationService {

    @Inject
    ClientAuthenticator authenticator;

    @Inject
    IssuedTokenRepository tokens;

    @Inject
    TokenRecords records;

    @Inject
    AuthorizationGrantRepository grants;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * @param token the request's {@code token} parameter, or {@code null} when it is missing
     * @throws OAuthException when the client does not authenticate, or {@code invalid_request} without a token
     */
    public void revoke(ClientCredentials credentials, String token) {
        Application client = authenticator.authenticate(credentials);
        if (token == null || token.isEmpty()) {
            throw OAuthException.missingParameter("token");
        }
        records.find(token)
                .filter(record -> record.getApplication().getId().equals(client.getId()))
                .filter(record -> !record.isRevoked())
                .ifPresent(this::revoke);
    }

    private void revoke(IssuedToken record) {
        boolean family = record.getKind() == TokenKind.REFRESH && record.getGrant() != null;
        if (family) {
            grants.revoke(record.getGrant().getId(), clock.instant());
        } else {
            tokens.revoke(record.getJti(), clock.instant());
        }
        String clientId = record.getApplication().getClientId();
        audit.record(audit.success(AuditEventType.TOKEN_REVOKED)
                .actor(Actors.client(clientId))
                .subjectUser(record.getUser() == null ? null : record.getUser().getUsername())
                .clientId(clientId)
                .scopes(Scopes.format(record.getScopes()))
                .grantId(record.getGrant() == null ? null : record.getGrant().getId())
                .tokenJti(record.getJti())
                .detail(
                        family
                                ? "Refresh token revoked (RFC 7009) with its authorization's access tokens"
                                : "Access token revoked (RFC 7009)"));
    }
}
