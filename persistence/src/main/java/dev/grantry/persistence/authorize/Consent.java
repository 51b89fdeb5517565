package dev.grantry.persistence.authorize;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** The scopes one user has granted one application, remembered so that it need not ask again for them. */
@Entity
@Table(name = "consent")
@NamedQuery(name = "Consent.find",
        query = "SELECT c FROM Consent c WHERE c.userId = :userId AND c.applicationId = :applicationId")
@NamedQuery(name = "Consent.findByUser", query = "SELECT c FROM Consent c WHERE c.userId = :userId")
@NamedQuery(name = "Consent.remove",
        query = "DELETE FROM Consent c WHERE c.userId = :userId AND c.applicationId = :applicationId")
public class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_seq")
    @SequenceGenerator(name = "consent_seq", sequenceName = "consent_seq", allocationSize = 50)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(nullable = false, length = 2000)
    private String scopes;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected Consent() {
    }

    public Consent(Long userId, Long applicationId, Set<String> scopes, Instant grantedAt) {
        this.userId = userId;
        this.applicationId = applicationId;
        this.scopes = ScopeSet.join(scopes);
        this.grantedAt = grantedAt;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Set<String> getScopes() {
        return ScopeSet.split(scopes);
    }

    /** Adds {@code more} to the granted scopes. */
    public void grant(Set<String> more, Instant now) {
        Set<String> all = new TreeSet<>(getScopes());
        all.addAll(more);
        this.scopes = ScopeSet.join(all);
        this.grantedAt = now;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
