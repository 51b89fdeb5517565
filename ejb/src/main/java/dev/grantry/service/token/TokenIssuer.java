package dev.grantry.service.token;

import dev.grantry.persistence.audit.AuditEventType;
import dev.grantry.persistence.authorize.AuthorizationCode;
import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.grant.AuthorizationGrant;
import dev.grantry.persistence.grant.AuthorizationGrantRepository;
import dev.grantry.persistence.grant.IssuedToken;
import dev.grantry.persistence.grant.IssuedTokenRepository;
import dev.grantry.persistence.grant.TokenKind;
import dev.grantry.persistence.scope.Scopes;
import dev.grantry.persistence.user.User;
import dev.grantry.service.audit.Actors;
import dev.grantry.service.audit.AuditTrail;
import dev.grantry.service.key.JwtSigner;
import dev.grantry.service.secret.RandomSecrets;
import dev.grantry.service.secret.SecretHasher;
import dev.grantry.service.settings.GrantrySettings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The one place that mints and records tokens: RFC 9068 JWT access tokens and opaque refresh tokens (RFC 6749
 * <a href="https://www.rfc-editor.org/rfc/rfc6749#section-1.5">§1.5</a>), each with a server-side record, and the
 * revocation of a whole family when a code or a refresh token is replayed (RFC 6749 §4.1.2, RFC 9700 §4.14.2).
 *
 * <p>An access token that lives longer than {@code grantry.token.max-jwt-lifetime} is an opaque reference token
 * instead of a JWT (RFC 6749 §1.4 leaves the format open): a resource server that checks JWTs locally would accept a
 * revoked JWT until it expires, which for Quay's ten-year tokens is never. A reference token is only valid through
 * Grantry (introspection, its own API), which consults its record on every use. Its value is stored only as a keyed
 * hash, like a refresh token's.
 *
 * <p>With the scope {@code openid} a user's tokens come with an OpenID Connect ID token (Core 1.0 §2), signed with
 * the same key, recorded as {@code ID_TOKEN_ISSUED}.
 *
 * <p>Every issue is recorded as a {@code TOKEN_ISSUED} audit event in the same transaction (one more insert, from what
 * is at hand: no query), naming the grant type, the authorization (grant id) and the access token's {@code jti}; a
 * family revoked for a replay is recorded with the revocation.
 */
@Stateless
public class TokenIssuer {

    static final String BEARER = "Bearer";
    /** The audit detail of a directly approved token, which no RFC 6749 grant type names. */
    static final String DIRECT_APPROVAL = "direct_approval";

    private static final int JTI_BITS = 128;
    /** Refresh tokens and reference access tokens. */
    private static final int OPAQUE_TOKEN_BITS = 256;

    @Inject
    AuthorizationGrantRepository grants;

    @Inject
    IssuedTokenRepository tokens;

    @Inject
    SecretHasher hasher;

    @Inject
    JwtSigner signer;

    @Inject
    GrantrySettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Issues an access token, and a refresh token when asked, for a new authorization: by the authorization code
     * grant for a user, by the client_credentials grant when there is none.
     *
     * @param user the resource owner; {@code null} when the client acts for itself (client_credentials)
     * @param scopes the granted scopes
     * @param originCodeHash the keyed hash of the authorization code the tokens are redeemed from, else {@code null};
     *        {@link #revokeIssuedFromCode} revokes by it
     * @param withRefreshToken whether to issue a refresh token too
     */
    public IssuedTokens issue(
            Application client, User user, Set<String> scopes, String originCodeHash, boolean withRefreshToken) {
        return issue(client, user, scopes, originCodeHash, withRefreshToken, null, null);
    }

    /**
     * Issues the tokens of a redeemed authorization code for its user and scopes; with {@code openid} an ID token too,
     * echoing the request's {@code nonce} and the user's sign-in time, which the new authorization keeps for the ID
     * tokens of its refreshes (OpenID Connect Core 1.0 §3.1.3.3, §12.2).
     *
     * @param withRefreshToken whether to issue a refresh token too
     */
    public IssuedTokens issueFromCode(Application client, AuthorizationCode code, boolean withRefreshToken) {
        return issue(
                client,
                code.getUser(),
                code.getScopes(),
                code.getCodeHash(),
                withRefreshToken,
                code.getNonce(),
                code.getAuthTime());
    }

    private IssuedTokens issue(
            Application client,
            User user,
            Set<String> scopes,
            String originCodeHash,
            boolean withRefreshToken,
            String nonce,
            Instant authTime) {
        Instant now = clock.instant();
        AuthorizationGrant family = user == null && originCodeHash == null && !withRefreshToken
                ? null
                : grants.add(new AuthorizationGrant(client, user, scopes, originCodeHash, now, nonce, authTime));
        GrantType grantType = user == null ? GrantType.CLIENT_CREDENTIALS : GrantType.AUTHORIZATION_CODE;
        IssuedTokens tokens = mint(
                grantType.value(),
                client,
                user,
                family,
                scopes,
                withRefreshToken ? scopes : null,
                now,
                settings.accessTokenLifetime());
        return user == null ? tokens : withIdToken(tokens, grantType, client, user, family, scopes, now);
    }

    /**
     * Issues a directly approved access token (Quay's {@code /oauth/authorizeapp}): a new authorization of the
     * application by the user, with the direct approval lifetime and no refresh token.
     */
    public IssuedTokens issueDirectlyApproved(Application client, User user, Set<String> scopes) {
        Instant now = clock.instant();
        AuthorizationGrant family = grants.add(new AuthorizationGrant(client, user, scopes, null, now));
        return mint(DIRECT_APPROVAL, client, user, family, scopes, null, now, settings.directOAuthTokenLifetime());
    }

    /**
     * Issues the next tokens of a refresh token's family (rotation): an access token with {@code scopes} (at most the
     * refresh token's) and a new refresh token with exactly the old one's scope (RFC 6749 §6). The caller has marked
     * the old refresh token used.
     */
    public IssuedTokens rotate(IssuedToken refreshToken, Set<String> scopes) {
        Instant now = clock.instant();
        IssuedTokens tokens = mint(
                GrantType.REFRESH_TOKEN.value(),
                refreshToken.getApplication(),
                refreshToken.getUser(),
                refreshToken.getGrant(),
                scopes,
                refreshToken.getScopes(),
                now,
                settings.accessTokenLifetime());
        return refreshToken.getUser() == null
                ? tokens
                : withIdToken(
                        tokens,
                        GrantType.REFRESH_TOKEN,
                        refreshToken.getApplication(),
                        refreshToken.getUser(),
                        refreshToken.getGrant(),
                        scopes,
                        now);
    }

    /**
     * Revokes every token issued from the authorization code with this hash, refresh-rotated descendants included
     * (RFC 6749 §4.1.2: a code used twice), and records the replay, in the caller's transaction: the refusal commits
     * both by {@link dev.grantry.service.error.ReplayRefusedException}.
     *
     * @param client the application the code was issued to
     * @param user the user who granted it
     */
    public void revokeIssuedFromCode(String codeHash, Application client, User user) {
        int revoked = grants.revokeByOriginCode(codeHash, clock.instant());
        audit.record(audit.failure(AuditEventType.CODE_REUSE_DETECTED)
                .actor(Actors.client(client.getClientId()))
                .subjectUser(user.getUsername())
                .clientId(client.getClientId())
                .detail("The authorization code was presented again; authorizations revoked: " + revoked));
    }

    /**
     * Revokes the whole family of a refresh token presented again after its rotation: the grant and every access and
     * refresh token issued under it (RFC 9700 §4.14.2), and records the replay, in the caller's transaction, like
     * {@link #revokeIssuedFromCode}.
     */
    public void revokeReplayedFamily(IssuedToken refreshToken) {
        grants.revoke(refreshToken.getGrant().getId(), clock.instant());
        String clientId = refreshToken.getApplication().getClientId();
        audit.record(audit.failure(AuditEventType.REFRESH_TOKEN_REUSE_DETECTED)
                .actor(Actors.client(clientId))
                .subjectUser(
                        refreshToken.getUser() == null
                                ? null
                                : refreshToken.getUser().getUsername())
                .clientId(clientId)
                .scopes(Scopes.format(refreshToken.getScopes()))
                .grantId(refreshToken.getGrant().getId())
                .tokenJti(refreshToken.getJti())
                .detail("The refresh token was presented again after its rotation; its family was revoked"));
    }

    /**
     * Adds an ID token (OpenID Connect Core 1.0 §3.1.3.3; §12.2 for refreshes, same {@code sub}) when the access
     * token's scopes include {@code openid}, signed like access tokens, and records it.
     */
    private IssuedTokens withIdToken(
            IssuedTokens tokens,
            GrantType grantType,
            Application client,
            User user,
            AuthorizationGrant family,
            Set<String> scopes,
            Instant now) {
        if (!scopes.contains(Scopes.OPENID)) {
            return tokens;
        }
        String clientId = client.getClientId();
        String idToken = signer.signIdToken(IdTokenClaims.of(
                settings.issuer(),
                user.getSubject(),
                clientId,
                family.getAuthTime(),
                family.getNonce(),
                tokens.accessToken(),
                now,
                now.plus(settings.accessTokenLifetime())));
        audit.record(audit.success(AuditEventType.ID_TOKEN_ISSUED)
                .actor(Actors.client(clientId))
                .subjectUser(user.getUsername())
                .clientId(clientId)
                .scopes(tokens.scope())
                .grantId(family.getId())
                .detail(grantType.value()));
        return tokens.withIdToken(idToken);
    }

    private IssuedTokens mint(
            String grantType,
            Application client,
            User user,
            AuthorizationGrant family,
            Set<String> scopes,
            Set<String> refreshScopes,
            Instant now,
            Duration lifetime) {
        Instant expiresAt = now.plus(lifetime);
        String subject = user == null ? client.getClientId() : user.getUsername();
        String jti = RandomSecrets.generate(JTI_BITS);
        String accessToken;
        String accessTokenHash = null;
        if (lifetime.compareTo(settings.maxJwtLifetime()) > 0) {
            accessToken = RandomSecrets.generate(OPAQUE_TOKEN_BITS);
            accessTokenHash = hasher.hash(accessToken);
        } else {
            accessToken = signer.sign(AccessTokenClaims.of(
                    settings.issuer(),
                    subject,
                    settings.tokenAudience(),
                    client.getClientId(),
                    scopes,
                    jti,
                    now,
                    expiresAt));
        }
        tokens.add(
                new IssuedToken(jti, TokenKind.ACCESS, accessTokenHash, family, client, user, scopes, now, expiresAt));
        String refreshToken = null;
        if (refreshScopes != null) {
            refreshToken = RandomSecrets.generate(OPAQUE_TOKEN_BITS);
            tokens.add(new IssuedToken(
                    RandomSecrets.generate(JTI_BITS),
                    TokenKind.REFRESH,
                    hasher.hash(refreshToken),
                    family,
                    client,
                    user,
                    refreshScopes,
                    now,
                    now.plus(settings.refreshTokenLifetime())));
        }
        String scope = Scopes.format(scopes);
        audit.record(audit.success(AuditEventType.TOKEN_ISSUED)
                .actor(Actors.client(client.getClientId()))
                .subjectUser(user == null ? null : user.getUsername())
                .clientId(client.getClientId())
                .scopes(scope)
                .grantId(family == null ? null : family.getId())
                .tokenJti(jti)
                .detail(grantType));
        return new IssuedTokens(accessToken, BEARER, lifetime.toSeconds(), refreshToken, scope);
    }
}
