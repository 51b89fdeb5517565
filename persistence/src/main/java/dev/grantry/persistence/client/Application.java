package dev.grantry.persistence.client;

import dev.grantry.persistence.user.User;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An OAuth client (RFC 6749 §2). The client secret and the RFC 7592 registration access token are stored only as
 * keyed hashes; their clear values are shown once and never again.
 */
@Entity
@Table(name = "application")
@NamedQuery(name = "Application.findByClientId", query = "SELECT a FROM Application a WHERE a.clientId = :clientId")
@NamedQuery(
        name = "Application.findByOwner",
        query = "SELECT a FROM Application a WHERE a.owner.username = :username ORDER BY a.name")
@NamedQuery(name = "Application.findAll", query = "SELECT a FROM Application a ORDER BY a.createdAt DESC")
public class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
    @SequenceGenerator(name = "application_seq", sequenceName = "application_seq", allocationSize = 50)
    private Long id;

    @Column(name = "client_id", nullable = false, unique = true, length = 64)
    private String clientId;

    @Column(name = "secret_hash", length = 128)
    private String secretHash;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 2000)
    private String website;

    @Column(length = 2000)
    private String description;

    /** The user who registered it; {@code null} for an anonymous RFC 7591 registration. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "owner_id")
    private User owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "client_type", nullable = false, length = 16)
    private ClientType clientType;

    @Enumerated(EnumType.STRING)
    @Column(name = "token_endpoint_auth_method", nullable = false, length = 32)
    private TokenEndpointAuthMethod tokenEndpointAuthMethod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ApplicationStatus status;

    @Column(name = "registration_token_hash", length = 128)
    private String registrationTokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_redirect_uri", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "uri", length = 2000)
    private List<String> redirectUris = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_grant_type", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "grant_type", length = 32)
    @Convert(converter = GrantTypeConverter.class)
    private Set<GrantType> grantTypes = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_scope", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "scope", length = 64)
    private Set<String> scopes = new LinkedHashSet<>();

    /** Where RP-initiated logout may send the user back to (OpenID Connect RP-Initiated Logout 1.0 §3.1). */
    @Column(name = "post_logout_redirect_uris", length = 10000)
    @Convert(converter = UriListConverter.class)
    private List<String> postLogoutRedirectUris = List.of();

    /** The OpenID Connect {@code max_age} of requests that send none (Dynamic Client Registration 1.0 §2). */
    @Column(name = "default_max_age")
    private Integer defaultMaxAge;

    protected Application() {}

    public Application(
            String clientId,
            String name,
            User owner,
            ClientType clientType,
            TokenEndpointAuthMethod tokenEndpointAuthMethod,
            ApplicationStatus status,
            Instant createdAt) {
        this.clientId = clientId;
        this.name = name;
        this.owner = owner;
        this.clientType = clientType;
        this.tokenEndpointAuthMethod = tokenEndpointAuthMethod;
        this.status = status;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getClientId() {
        return clientId;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public void setSecretHash(String secretHash) {
        this.secretHash = secretHash;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public User getOwner() {
        return owner;
    }

    public boolean isOwnedBy(String username) {
        return owner != null && owner.getUsername().equals(username);
    }

    public ClientType getClientType() {
        return clientType;
    }

    public void setClientType(ClientType clientType) {
        this.clientType = clientType;
    }

    public TokenEndpointAuthMethod getTokenEndpointAuthMethod() {
        return tokenEndpointAuthMethod;
    }

    public void setTokenEndpointAuthMethod(TokenEndpointAuthMethod tokenEndpointAuthMethod) {
        this.tokenEndpointAuthMethod = tokenEndpointAuthMethod;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    public String getRegistrationTokenHash() {
        return registrationTokenHash;
    }

    public void setRegistrationTokenHash(String registrationTokenHash) {
        this.registrationTokenHash = registrationTokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<String> getRedirectUris() {
        return List.copyOf(redirectUris);
    }

    public void setRedirectUris(List<String> redirectUris) {
        this.redirectUris.clear();
        this.redirectUris.addAll(redirectUris);
    }

    public Set<GrantType> getGrantTypes() {
        return Set.copyOf(grantTypes);
    }

    public void setGrantTypes(Set<GrantType> grantTypes) {
        this.grantTypes.clear();
        this.grantTypes.addAll(grantTypes);
    }

    public List<String> getPostLogoutRedirectUris() {
        return postLogoutRedirectUris == null ? List.of() : List.copyOf(postLogoutRedirectUris);
    }

    public void setPostLogoutRedirectUris(List<String> postLogoutRedirectUris) {
        this.postLogoutRedirectUris = List.copyOf(postLogoutRedirectUris);
    }

    /** In seconds; {@code null} when the application set none. */
    public Integer getDefaultMaxAge() {
        return defaultMaxAge;
    }

    public void setDefaultMaxAge(Integer defaultMaxAge) {
        this.defaultMaxAge = defaultMaxAge;
    }

    public Set<String> getScopes() {
        return Set.copyOf(scopes);
    }

    public void setScopes(Set<String> scopes) {
        this.scopes.clear();
        this.scopes.addAll(scopes);
    }
}
