package dev.grantry.persistence.key;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A named secret Grantry generated on its first start, shared by every node through the database. */
@Entity
@Table(name = "server_secret")
public class ServerSecret {

    @Id
    @Column(length = 64)
    private String name;

    @Column(nullable = false, length = 512)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ServerSecret() {}

    public ServerSecret(String name, String secret, Instant createdAt) {
        this.name = name;
        this.secret = secret;
        this.createdAt = createdAt;
    }

    public String getName() {
        return name;
    }

    public String getSecret() {
        return secret;
    }
}
