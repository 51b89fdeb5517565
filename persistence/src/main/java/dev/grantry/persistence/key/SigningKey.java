package dev.grantry.persistence.key;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A key that signs access tokens (RFC 9068 §4), kept in the database so every node shares it: the public part as a
 * JWK (RFC 7517), the private part encrypted by the service layer, never in clear.
 */
@Entity
@Table(name = "signing_key")
@NamedQuery(name = "SigningKey.findAll", query = "SELECT k FROM SigningKey k ORDER BY k.createdAt DESC")
@NamedQuery(
        name = "SigningKey.findPublished",
        query = "SELECT k FROM SigningKey k WHERE k.status <> :retired ORDER BY k.createdAt DESC")
public class SigningKey {

    @Id
    @Column(length = 64)
    private String kid;

    @Column(nullable = false, length = 16)
    private String algorithm;

    @Column(name = "public_jwk", nullable = false, length = 4000)
    private String publicJwk;

    @Column(name = "encrypted_private_jwk", nullable = false, length = 8000)
    private String encryptedPrivateJwk;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SigningKeyStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SigningKey() {}

    public SigningKey(
            String kid,
            String algorithm,
            String publicJwk,
            String encryptedPrivateJwk,
            SigningKeyStatus status,
            Instant createdAt) {
        this.kid = kid;
        this.algorithm = algorithm;
        this.publicJwk = publicJwk;
        this.encryptedPrivateJwk = encryptedPrivateJwk;
        this.status = status;
        this.createdAt = createdAt;
    }

    public String getKid() {
        return kid;
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public String getPublicJwk() {
        return publicJwk;
    }

    public String getEncryptedPrivateJwk() {
        return encryptedPrivateJwk;
    }

    public SigningKeyStatus getStatus() {
        return status;
    }

    public void setStatus(SigningKeyStatus status) {
        this.status = status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
