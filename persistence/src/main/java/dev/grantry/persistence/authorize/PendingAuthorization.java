package dev.grantry.persistence.authorize;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.scope.ScopeSetConverter;
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
 * A validated authorization request (RFC 6749 §4.1.1) waiting on the consent page, stored in the database once a
 * user has signed in (an anonymous visitor's waits in their HTTP session) so that it works on any node. Bound to
 * that user; single use.
 */
@Entity
@Table(name = "pending_authorization")
@NamedQuery(
        name = "PendingAuthorization.removeByApplication",
        query = "DELETE FROM PendingAuthorization p WHERE p.application.id = :application")
@NamedQuery(
        name = "PendingAuthorization.removeByUser",
        query = "DELETE FROM PendingAuthorization p WHERE p.userId = :user")
@NamedQuery(
        name = "PendingAuthorization.removeByUserAndApplication",
        query = "DELETE FROM PendingAuthorization p WHERE p.userId = :user AND p.application.id = :application")
@NamedQuery(
        name = "PendingAuthorization.removeCreatedBefore",
        query = "DELETE FROM PendingAuthorization p WHERE p.createdAt < :cutoff")
public class PendingAuthorization {

    @Id
    @Column(length = 64)
    private String id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "application_id")
    private Application application;

    /** As sent; {@code null} when the request omitted it. */
    @Column(name = "redirect_uri", length = 2000)
    private String redirectUri;

    @Column(name = "effective_redirect_uri", nullable = false, length = 2000)
    private String effectiveRedirectUri;

    @Column(nullable = false, length = 2000)
    @Basic
    @Convert(converter = ScopeSetConverter.class)
    private Set<String> scopes;

    @Column(length = 2000)
    private String state;

    @Column(name = "code_challenge", length = 128)
    private String codeChallenge;

    @Column(name = "code_challenge_method", length = 8)
    private String codeChallengeMethod;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The OpenID Connect {@code nonce} of the request, {@code null} when it sent none. */
    @Column(length = 2000)
    private String nonce;

    /** Whether the request sent OpenID Connect's {@code prompt=consent}: consent is asked even if remembered. */
    @Column(name = "consent_prompted", nullable = false)
    private boolean consentPrompted;

    /** When the user signed in to the session that opened the request (OpenID Connect {@code auth_time}). */
    @Column(name = "auth_time")
    private Instant authTime;

    protected PendingAuthorization() {}

    public PendingAuthorization(
            String id,
            Application application,
            String redirectUri,
            String effectiveRedirectUri,
            Set<String> scopes,
            String state,
            String codeChallenge,
            String codeChallengeMethod,
            Instant createdAt) {
        this.id = id;
        this.application = application;
        this.redirectUri = redirectUri;
        this.effectiveRedirectUri = effectiveRedirectUri;
        this.scopes = Set.copyOf(scopes);
        this.state = state;
        this.codeChallenge = codeChallenge;
        this.codeChallengeMethod = codeChallengeMethod;
        this.createdAt = createdAt;
    }

    public String getId() {
        return id;
    }

    public Application getApplication() {
        return application;
    }

    public String getRedirectUri() {
        return redirectUri;
    }

    public String getEffectiveRedirectUri() {
        return effectiveRedirectUri;
    }

    public Set<String> getScopes() {
        return scopes;
    }

    public String getState() {
        return state;
    }

    public String getCodeChallenge() {
        return codeChallenge;
    }

    public String getCodeChallengeMethod() {
        return codeChallengeMethod;
    }

    /** The user it is bound to, {@code null} until a signed-in user opens it. */
    public Long getUserId() {
        return userId;
    }

    public void bindTo(Long userId) {
        this.userId = userId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /**
     * Keeps what an ID token issued from this request carries (OpenID Connect Core 1.0
     * <a href="https://openid.net/specs/openid-connect-core-1_0.html#IDToken">§2</a>).
     *
     * @param nonce the request's {@code nonce}, or {@code null}
     * @param consentPrompted whether the request sent {@code prompt=consent}
     * @param authTime when the user signed in, or {@code null} when unknown
     */
    public void setOpenIdContext(String nonce, boolean consentPrompted, Instant authTime) {
        this.nonce = nonce;
        this.consentPrompted = consentPrompted;
        this.authTime = authTime;
    }

    public boolean isConsentPrompted() {
        return consentPrompted;
    }

    public String getNonce() {
        return nonce;
    }

    public Instant getAuthTime() {
        return authTime;
    }
}
