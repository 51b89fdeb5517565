package dev.grantry.persistence.robot;

import dev.grantry.persistence.user.User;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.HashSet;
import java.util.Set;

/**
 * A robot account (Quay's): a user's account for registry clients, named {@code owner+shortName}, which never signs
 * in to pages. Its token is held only as a keyed hash; regenerating it replaces the hash, so the old token stops at
 * once.
 */
@Entity
@Table(name = "robot")
@NamedQuery(
        name = "Robot.findByName",
        query = "SELECT r FROM Robot r WHERE r.owner.username = :owner AND r.shortName = :shortName")
@NamedQuery(
        name = "Robot.findByOwner",
        query = "SELECT r FROM Robot r WHERE r.owner.username = :owner ORDER BY r.shortName")
@NamedQuery(name = "Robot.findAll", query = "SELECT r FROM Robot r ORDER BY r.owner.username, r.shortName")
public class Robot {

    /** Separates the owner's username from the short name, as in Quay. */
    public static final String SEPARATOR = "+";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "robot_seq")
    @SequenceGenerator(name = "robot_seq", sequenceName = "robot_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "owner_id", nullable = false, updatable = false)
    private User owner;

    @Column(name = "short_name", nullable = false, length = 64, updatable = false)
    private String shortName;

    @Column(length = 500)
    private String description;

    @Column(name = "token_hash", nullable = false, length = 128)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "token_issued_at", nullable = false)
    private Instant tokenIssuedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "robot_permission", joinColumns = @JoinColumn(name = "robot_id"))
    private Set<RobotPermission> permissions = new HashSet<>();

    protected Robot() {}

    public Robot(User owner, String shortName, String description, String tokenHash, Instant createdAt) {
        this.owner = owner;
        this.shortName = shortName;
        this.description = description;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.tokenIssuedAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public User getOwner() {
        return owner;
    }

    public String getShortName() {
        return shortName;
    }

    /** The robot's username: {@code owner+shortName}. */
    public String getName() {
        return owner.getUsername() + SEPARATOR + shortName;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getTokenIssuedAt() {
        return tokenIssuedAt;
    }

    /** Replaces the token: only the new one's hash is kept. */
    public void replaceToken(String tokenHash, Instant issuedAt) {
        this.tokenHash = tokenHash;
        this.tokenIssuedAt = issuedAt;
    }

    public Set<RobotPermission> getPermissions() {
        return Set.copyOf(permissions);
    }

    public void setPermissions(Set<RobotPermission> permissions) {
        this.permissions.clear();
        this.permissions.addAll(permissions);
    }
}
