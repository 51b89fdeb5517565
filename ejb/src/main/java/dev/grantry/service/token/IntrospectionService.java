package dev.grantry.service.token;

import dev.grantry.persistence.audit.AuditEventType;
import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ClientType;
import dev.grantry.persistence.grant.IssuedToken;
import dev.grantry.persistence.grant.TokenKind;
import dev.grantry.persistence.scope.Scopes;
import dev.grantry.service.audit.Actors;
import dev.grantry.service.audit.AuditTrail;
import dev.grantry.service.client.ClientAuthenticator;
import dev.grantry.service.client.ClientCredentials;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.scope.ScopeCatalog;
import dev.grantry.service.settings.GrantrySettings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Token introspection (RFC 7662 <a href="https://www.rfc-editor.org/rfc/rfc7662#section-2">§2</a>). Two kinds of
 * caller: a confidential client authenticated as at the token endpoint, which learns only about its own tokens; and a
 * resource server presenting a bearer token with the {@value #INTROSPECT_SCOPE} scope, which learns about any token.
 * Access tokens (JWTs and opaque reference tokens) and refresh tokens are described; every other token, and every
 * revoked, expired, unknown or malformed one, is {@code {"active": false}}. A caller refused (not authenticated, or
 * without the power to introspect) is recorded as {@code INTROSPECTION_REFUSED}.
 */
@Stateless
public class IntrospectionService {

    /** The scope a bearer token needs to introspect any client's tokens; privileged (an administrator gives it). */
    public static final String INTROSPECT_SCOPE = ScopeCatalog.TOKEN_INTROSPECT;

    @Inject
    ClientAuthenticator authenticator;

    @Inject
    AccessTokenVerifier verifier;

    @Inject
    TokenRecords records;

    @Inject
    GrantrySettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * @param bearerToken the caller's bearer token, or {@code null} when it authenticates as a client
     * @param credentials the client's credentials, used when there is no bearer token
     * @param token the request's {@code token} parameter, or {@code null} when it is missing
     */
    public Introspection introspect(String bearerToken, ClientCredentials credentials, String token) {
        Optional<Application> caller =
                bearerToken != null ? resourceServer(bearerToken) : Optional.of(client(credentials));
        if (token == null || token.isEmpty()) {
            throw OAuthException.missingParameter("token");
        }
        Optional<VerifiedAccessToken> access = verifier.verify(token);
        if (access.isPresent() || TokenRecords.isJwt(token)) {
            return access.filter(live -> mayLearnAbout(caller, live.record()))
                    .map(live -> describe(live.record(), live.audience(), "Bearer"))
                    .orElse(Introspection.INACTIVE);
        }
        Instant now = clock.instant();
        return records.find(token)
                .filter(record -> record.getKind() == TokenKind.REFRESH && isLiveRefresh(record, now))
                .filter(record -> mayLearnAbout(caller, record))
                .map(record -> describe(record, null, "refresh_token"))
                .orElse(Introspection.INACTIVE);
    }

    /**
     * A resource server: a bearer token with the introspection scope that its application got for itself
     * (client_credentials) and still holds, both given by an administrator; empty = may learn about any client.
     */
    private Optional<Application> resourceServer(String bearerToken) {
        VerifiedAccessToken access;
        try {
            access = verifier.require(bearerToken, INTROSPECT_SCOPE);
        } catch (OAuthException e) {
            throw refused(null, e);
        }
        if (!access.isApplicationPower(INTROSPECT_SCOPE)) {
            throw refused(
                    access.record().getApplication().getClientId(),
                    new OAuthException(
                            OAuthError.INSUFFICIENT_SCOPE,
                            "Only an application that an administrator allowed " + INTROSPECT_SCOPE
                                    + " may introspect any token, with a token it got for itself."));
        }
        return Optional.empty();
    }

    private Application client(ClientCredentials credentials) {
        Application client;
        try {
            client = authenticator.authenticate(credentials);
        } catch (OAuthException e) {
            throw refused(credentials.clientId(), e);
        }
        if (client.getClientType() != ClientType.CONFIDENTIAL) {
            throw refused(
                    client.getClientId(),
                    new OAuthException(OAuthError.INVALID_CLIENT, "Introspection needs client authentication."));
        }
        return client;
    }

    /** Records the refusal on its own (the exception rolls the request back) and returns it to be thrown. */
    private OAuthException refused(String clientId, OAuthException refusal) {
        audit.recordAlone(audit.failure(AuditEventType.INTROSPECTION_REFUSED)
                .actor(clientId == null ? null : Actors.client(clientId))
                .clientId(clientId)
                .detail(refusal.description()));
        return refusal;
    }

    private static boolean mayLearnAbout(Optional<Application> caller, IssuedToken record) {
        return caller.map(
                        client -> client.getId().equals(record.getApplication().getId()))
                .orElse(true);
    }

    private static boolean isLiveRefresh(IssuedToken record, Instant now) {
        return !record.isRevoked()
                && !record.isExpiredAt(now)
                && record.getUsedAt() == null
                && AccessTokenVerifier.isLiveHolder(record);
    }

    private Introspection describe(IssuedToken record, String audience, String tokenType) {
        String username = record.getUser() == null ? null : record.getUser().getUsername();
        String clientId = record.getApplication().getClientId();
        return new Introspection(
                true,
                Scopes.format(record.getScopes()),
                clientId,
                username,
                username == null ? clientId : username,
                audience,
                settings.issuer(),
                record.getExpiresAt(),
                record.getIssuedAt(),
                record.getJti(),
                tokenType);
    }
}
