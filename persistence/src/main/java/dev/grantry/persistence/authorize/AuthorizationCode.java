package dev.grantry.persistence.authorize;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.scope.ScopeSetConverter;
import dev.grantry.persistence.user.User;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;

/**
 * An authorization code (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2">§4.1.2</a>),
 * known only by its keyed hash, bound to the client, redirect URI, user, scopes and PKCE challenge (RFC 7636).
 */
@Entity
@Table(name = "authorization_code")
@NamedQuery(
        name = "AuthorizationCode.markUsed",
        query = "UPDATE AuthorizationCode c SET c.usedAt = :now WHERE c.codeHash = :codeHash AND c.usedAt IS NULL")
@NamedQuery(
        name = "AuthorizationCode.removeUnusedByApplication",
        query = "DELETE FROM AuthorizationCode c WHERE c.usedAt IS NULL AND c.application.id = :application")
@NamedQuery(
        name = "AuthorizationCode.removeUnusedByUser",
        query = "DELETE FROM AuthorizationCode c WHERE c.usedAt IS NULL AND c.user.id = :user")
@NamedQuery(
        name = "AuthorizationCode.removeUnusedByUserAndApplication",
        query = "DELETE FROM AuthorizationCode c "
                + "WHERE c.usedAt IS NULL AND c.user.id = :user AND c.application.id = :application")
@NamedQuery(
        name = "AuthorizationCode.removeExpiredBefore",
        query = "DELETE FROM AuthorizationCode c WHERE c.expiresAt < :cutoff")
public class AuthorizationCode {

    @Id
    @Column(name = "code_hash", length = 128)
    private String codeHash;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "application_id")
    private Application application;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    /** The redirect URI the authorization request sent; {@code null} when it omitted one. */
    @Column(name = "redirect_uri", length = 2000)
    private String redirectUri;

    @Column(nullable = false, length = 2000)
    @Basic
    @Convert(converter = ScopeSetConverter.class)
    private Set<String> scopes;

    @Column(name = "code_challenge", length = 128)
    private String codeChallenge;

    @Column(name = "code_challenge_method", length = 8)
    private String codeChallengeMethod;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    /** The OpenID Connect {@code nonce} of the request, {@code null} when it sent none. */
    @Column(length = 2000)
    private String nonce;

    /** When the user signed in (OpenID Connect {@code auth_time}); {@code null} for codes issued before it was kept. */
    @Column(name = "auth_time")
    private Instant authTime;

    protected AuthorizationCode() {}

    public AuthorizationCode(
            String codeHash, PendingAuthorization request, User user, Instant createdAt, Instant expiresAt) {
        this.codeHash = codeHash;
        this.application = request.getApplication();
        this.user = user;
        this.redirectUri = request.getRedirectUri();
        this.scopes = request.getScopes();
        this.codeChallenge = request.getCodeChallenge();
        this.codeChallengeMethod = request.getCodeChallengeMethod();
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.nonce = request.getNonce();
        this.authTime = request.getAuthTime();
    }

    public String getCodeHash() {
        return codeHash;
    }

    public Application getApplication() {
        return application;
    }

    public User getUser() {
        return user;
    }

    public String getRedirectUri() {
        return redirectUri;
    }

    public Set<String> getScopes() {
        return scopes;
    }

    public String getCodeChallenge() {
        return codeChallenge;
    }

    public String getCodeChallengeMethod() {
        return codeChallengeMethod;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getNonce() {
        return nonce;
    }

    public Instant getAuthTime() {
        return authTime;
    }

    /** When it was redeemed; {@code null} while unused. */
    public Instant getUsedAt() {
        return usedAt;
    }
}
