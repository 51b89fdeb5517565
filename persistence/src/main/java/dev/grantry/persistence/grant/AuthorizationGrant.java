package dev.grantry.persistence.grant;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.scope.ScopeSetConverter;
import dev.grantry.persistence.user.User;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;

/**
 * One authorization of an application (by a user, or by the client itself): the family that every token issued from
 * one authorization code and all its refresh rotations share, so that they can be revoked together
 * (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2">§4.1.2</a>,
 * RFC 9700 <a href="https://www.rfc-editor.org/rfc/rfc9700#section-4.14.2">§4.14.2</a>).
 */
@Entity
@Table(name = "authorization_grant")
@NamedQuery(
        name = "AuthorizationGrant.removeWithoutTokensCreatedBefore",
        query = "DELETE FROM AuthorizationGrant g WHERE g.createdAt < :cutoff "
                + "AND NOT EXISTS (SELECT t.jti FROM IssuedToken t WHERE t.grant = g)")
@NamedQuery(
        name = "AuthorizationGrant.revokeByOriginCode",
        query = "UPDATE AuthorizationGrant g SET g.revokedAt = :now "
                + "WHERE g.revokedAt IS NULL AND g.originCodeHash = :hash")
@NamedQuery(
        name = "AuthorizationGrant.revoke",
        query = "UPDATE AuthorizationGrant g SET g.revokedAt = :now WHERE g.revokedAt IS NULL AND g.id = :id")
@NamedQuery(
        name = "AuthorizationGrant.revokeByUserAndApplication",
        query =
                "UPDATE AuthorizationGrant g "
                        + "SET g.revokedAt = :now WHERE g.revokedAt IS NULL AND g.user.id = :user AND g.application.id = :application")
@NamedQuery(
        name = "AuthorizationGrant.revokeByUser",
        query = "UPDATE AuthorizationGrant g SET g.revokedAt = :now WHERE g.revokedAt IS NULL AND g.user.id = :user")
@NamedQuery(
        name = "AuthorizationGrant.revokeByApplication",
        query = "UPDATE AuthorizationGrant g "
                + "SET g.revokedAt = :now WHERE g.revokedAt IS NULL AND g.application.id = :application")
public class AuthorizationGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authorization_grant_seq")
    @SequenceGenerator(name = "authorization_grant_seq", sequenceName = "authorization_grant_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private Application application;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private User user;

    /** The granted scopes. */
    @Column(name = "scope", nullable = false, length = 2000)
    @Basic
    @Convert(converter = ScopeSetConverter.class)
    private Set<String> scopes;

    @Column(name = "origin_code_hash", length = 128)
    private String originCodeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** The OpenID Connect {@code nonce} every ID token of this authorization echoes; {@code null} when none. */
    @Column(length = 2000)
    private String nonce;

    /** When the user signed in for this authorization (OpenID Connect {@code auth_time}); {@code null} if unknown. */
    @Column(name = "auth_time")
    private Instant authTime;

    protected AuthorizationGrant() {}

    /**
     * @param user {@code null} when the client acts on its own behalf
     * @param originCodeHash the keyed hash of the authorization code the grant was redeemed from, else {@code null}
     */
    public AuthorizationGrant(
            Application application, User user, Set<String> scopes, String originCodeHash, Instant createdAt) {
        this.application = application;
        this.user = user;
        this.scopes = Set.copyOf(scopes);
        this.originCodeHash = originCodeHash;
        this.createdAt = createdAt;
    }

    /**
     * An authorization from a code whose request signed the user in with OpenID Connect.
     *
     * @param nonce the authorization request's {@code nonce}, or {@code null}
     * @param authTime when the user signed in, or {@code null} when unknown
     */
    public AuthorizationGrant(
            Application application,
            User user,
            Set<String> scopes,
            String originCodeHash,
            Instant createdAt,
            String nonce,
            Instant authTime) {
        this(application, user, scopes, originCodeHash, createdAt);
        this.nonce = nonce;
        this.authTime = authTime;
    }

    public Long getId() {
        return id;
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

    public String getOriginCodeHash() {
        return originCodeHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getNonce() {
        return nonce;
    }

    public Instant getAuthTime() {
        return authTime;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
