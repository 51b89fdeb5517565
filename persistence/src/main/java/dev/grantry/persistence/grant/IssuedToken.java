package dev.grantry.persistence.grant;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.scope.ScopeSetConverter;
import dev.grantry.persistence.user.User;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;

/**
 * The server-side record of one issued token, so that it can be revoked and introspected (RFC 7009, RFC 7662).
 * A JWT access token is found by its {@code jti} (RFC 9068 §2.2); a refresh token or an opaque reference access
 * token only by the keyed hash of its value, which is never stored. A rotated refresh token keeps its record with {@code usedAt} set (RFC 9700 §4.14.2).
 */
@Entity
@Table(name = "issued_token")
@NamedQuery(
        name = "IssuedToken.findRefreshByHash",
        query = "SELECT t FROM IssuedToken t WHERE t.tokenHash = :hash AND t.kind = :kind")
@NamedQuery(name = "IssuedToken.removeExpiredBefore", query = "DELETE FROM IssuedToken t WHERE t.expiresAt < :cutoff")
@NamedQuery(name = "IssuedToken.findByHash", query = "SELECT t FROM IssuedToken t WHERE t.tokenHash = :hash")
@NamedQuery(
        name = "IssuedToken.markUsed",
        query = "UPDATE IssuedToken t SET t.usedAt = :now WHERE t.jti = :jti AND t.usedAt IS NULL")
@NamedQuery(
        name = "IssuedToken.revoke",
        query = "UPDATE IssuedToken t SET t.revokedAt = :now WHERE t.revokedAt IS NULL AND t.jti = :jti")
@NamedQuery(
        name = "IssuedToken.revokeByOriginCode",
        query = "UPDATE IssuedToken t SET t.revokedAt = :now "
                + "WHERE t.revokedAt IS NULL AND t.grant.id IN "
                + "(SELECT g.id FROM AuthorizationGrant g WHERE g.originCodeHash = :hash)")
@NamedQuery(
        name = "IssuedToken.revokeByGrant",
        query = "UPDATE IssuedToken t SET t.revokedAt = :now WHERE t.revokedAt IS NULL AND t.grant.id = :id")
@NamedQuery(
        name = "IssuedToken.revokeByUserAndApplication",
        query = "UPDATE IssuedToken t SET t.revokedAt = :now "
                + "WHERE t.revokedAt IS NULL AND t.user.id = :user AND t.application.id = :application")
@NamedQuery(
        name = "IssuedToken.revokeByUser",
        query = "UPDATE IssuedToken t SET t.revokedAt = :now WHERE t.revokedAt IS NULL AND t.user.id = :user")
@NamedQuery(
        name = "IssuedToken.revokeByApplication",
        query = "UPDATE IssuedToken t SET t.revokedAt = :now "
                + "WHERE t.revokedAt IS NULL AND t.application.id = :application")
@NamedQuery(
        name = "IssuedToken.findLiveIssuesByUser",
        query = "SELECT t.application.id, t.issuedAt, t.expiresAt FROM IssuedToken t "
                + "WHERE t.user.id = :user AND t.revokedAt IS NULL")
@NamedQuery(
        name = "IssuedToken.findLiveScopes",
        query =
                "SELECT DISTINCT t.scopes FROM IssuedToken t "
                        + "WHERE t.user.id = :user AND t.application.id = :application AND t.revokedAt IS NULL AND t.expiresAt > :now")
public class IssuedToken {

    @Id
    @Column(length = 64)
    private String jti;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TokenKind kind;

    @Column(name = "token_hash", length = 128)
    private String tokenHash;

    /** The family; {@code null} for a client_credentials access token, which belongs to no authorization. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "grant_id")
    private AuthorizationGrant grant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private Application application;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(name = "scope", nullable = false, length = 2000)
    @Basic
    @Convert(converter = ScopeSetConverter.class)
    private Set<String> scopes;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected IssuedToken() {}

    /**
     * @param tokenHash the keyed hash of an opaque token's value (refresh or reference access token); {@code null}
     *     for a JWT access token
     */
    public IssuedToken(
            String jti,
            TokenKind kind,
            String tokenHash,
            AuthorizationGrant grant,
            Application application,
            User user,
            Set<String> scopes,
            Instant issuedAt,
            Instant expiresAt) {
        this.jti = jti;
        this.kind = kind;
        this.tokenHash = tokenHash;
        this.grant = grant;
        this.application = application;
        this.user = user;
        this.scopes = Set.copyOf(scopes);
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    public String getJti() {
        return jti;
    }

    public TokenKind getKind() {
        return kind;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public AuthorizationGrant getGrant() {
        return grant;
    }

    public Application getApplication() {
        return application;
    }

    public User getUser() {
        return user;
    }

    public Set<String> getScopes() {
        return scopes;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    /** Whether the token itself or its family was revoked. */
    public boolean isRevoked() {
        return revokedAt != null || (grant != null && grant.isRevoked());
    }

    public boolean isExpiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
