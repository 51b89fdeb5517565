package dev.grantry.persistence.authorize;

import dev.grantry.persistence.scope.ScopeSetConverter;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
@NamedQuery(
        name = "Consent.find",
        query = "SELECT c FROM Consent c WHERE c.userId = :userId AND c.applicationId = :applicationId")
@NamedQuery(name = "Consent.findByUser", query = "SELECT c FROM Consent c WHERE c.userId = :userId")
@NamedQuery(
        name = "Consent.remove",
        query = "DELETE FROM Consent c WHERE c.userId = :userId AND c.applicationId = :applicationId")
@NamedQuery(
        name = "Consent.removeByApplication",
        query = "DELETE FROM Consent c WHERE c.applicationId = :applicationId")
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
    @Basic
    @Convert(converter = ScopeSetConverter.class)
    private Set<String> scopes;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected Consent() {}

    public Consent(Long userId, Long applicationId, Set<String> scopes, Instant grantedAt) {
        this.userId = userId;
        this.applicationId = applicationId;
        this.scopes = Set.copyOf(scopes);
        this.grantedAt = grantedAt;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Set<String> getScopes() {
        return scopes;
    }

    /** Adds {@code more} to the granted scopes. */
    public void grant(Set<String> more, Instant now) {
        Set<String> all = new TreeSet<>(scopes);
        all.addAll(more);
        this.scopes = Set.copyOf(all);
        this.grantedAt = now;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
