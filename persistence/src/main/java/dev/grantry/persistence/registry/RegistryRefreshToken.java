package dev.grantry.persistence.registry;

import dev.grantry.persistence.robot.Robot;
import dev.grantry.persistence.user.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A refresh token of the registry token service (Docker Registry v2 token specification, "Requesting a Token using
 * OAuth2", {@code access_type=offline}), held only as its keyed hash. It acts for its user, or for its robot when it
 * has one, and holds only while the user is enabled and in the session generation it was issued in (disabling the
 * user raises it) and, for a robot, while the robot's token is the one it was issued for.
 */
@Entity
@Table(name = "registry_refresh_token")
@NamedQuery(
        name = "RegistryRefreshToken.findByHash",
        query = "SELECT t FROM RegistryRefreshToken t WHERE t.tokenHash = :tokenHash")
@NamedQuery(
        name = "RegistryRefreshToken.removeExpiredBefore",
        query = "DELETE FROM RegistryRefreshToken t WHERE t.expiresAt < :cutoff")
public class RegistryRefreshToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry_refresh_token_seq")
    @SequenceGenerator(
            name = "registry_refresh_token_seq",
            sequenceName = "registry_refresh_token_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 128, updatable = false)
    private String tokenHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private User user;

    @ManyToOne
    @JoinColumn(name = "robot_id", updatable = false)
    private Robot robot;

    @Column(name = "session_generation", nullable = false, updatable = false)
    private int sessionGeneration;

    @Column(nullable = false, length = 255, updatable = false)
    private String service;

    @Column(name = "client_id", nullable = false, length = 255, updatable = false)
    private String clientId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    protected RegistryRefreshToken() {}

    /**
     * @param user the user it acts for, or the robot's owner
     * @param robot the robot it acts for; {@code null} for the user
     */
    public RegistryRefreshToken(
            String tokenHash,
            User user,
            Robot robot,
            String service,
            String clientId,
            Instant createdAt,
            Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.user = user;
        this.robot = robot;
        this.sessionGeneration = user.getSessionGeneration();
        this.service = service;
        this.clientId = clientId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /**
     * Whether it may be used at {@code now} by {@code clientId} for {@code service}: not expired, its user enabled and
     * in the same session generation, and its robot's token the one it was issued under.
     */
    public boolean holds(Instant now, String service, String clientId) {
        return now.isBefore(expiresAt)
                && this.service.equals(service)
                && this.clientId.equals(clientId)
                && user.isEnabled()
                && user.getSessionGeneration() == sessionGeneration
                && (robot == null || !robot.getTokenIssuedAt().isAfter(createdAt));
    }

    public Long getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    /** @return the robot it acts for; {@code null} when it acts for its user */
    public Robot getRobot() {
        return robot;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
