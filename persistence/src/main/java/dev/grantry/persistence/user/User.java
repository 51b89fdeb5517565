package dev.grantry.persistence.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A person who signs in to Grantry. The password is only ever held as a PBKDF2 hash. */
@Entity
@Table(name = "grantry_user")
@NamedQuery(name = "User.findByUsername", query = "SELECT u FROM User u WHERE u.username = :username")
@NamedQuery(name = "User.findAll", query = "SELECT u FROM User u ORDER BY u.username")
@NamedQuery(name = "User.findIdsWithRole", query = "SELECT u.id FROM User u JOIN u.roles r WHERE r = :role")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grantry_user_seq")
    @SequenceGenerator(name = "grantry_user_seq", sequenceName = "grantry_user_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    /**
     * The OpenID Connect subject identifier (Core 1.0 §2, {@code sub}): random, fixed when the user is created, never
     * reused, and unlike the username never changed.
     */
    @Column(nullable = false, unique = true, length = 64, updatable = false)
    private String subject;

    @Column(name = "display_name", length = 200)
    private String displayName;

    @Column(length = 320)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "session_generation", nullable = false)
    private int sessionGeneration;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "grantry_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 16)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected User() {}

    public User(
            String username,
            String displayName,
            String email,
            String passwordHash,
            Set<Role> roles,
            Instant createdAt) {
        this.username = username;
        this.subject = UUID.randomUUID().toString();
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    /** The OpenID Connect {@code sub} of the user: stable and never reused. */
    public String getSubject() {
        return subject;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Which generation of sessions is valid: a session signed in under an older one has been ended. */
    public int getSessionGeneration() {
        return sessionGeneration;
    }

    /** Ends every session of the user, on every node, at its next request. */
    public void endSessions() {
        sessionGeneration++;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
