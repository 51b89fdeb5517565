package dev.grantry.service.secret;

import dev.grantry.persistence.key.ServerSecret;
import dev.grantry.persistence.key.ServerSecretRepository;
import dev.grantry.service.settings.GrantrySettings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/** Server-wide secrets: configured ones win, otherwise one generated on the first start and kept in the database. */
@Stateless
public class ServerSecrets {

    static final String PEPPER = "secret-hash-pepper";
    static final String KEY_ENCRYPTION = "signing-key-encryption";

    @Inject
    GrantrySettings settings;

    @Inject
    ServerSecretRepository repository;

    @Inject
    Clock clock;

    /** The HMAC pepper for {@link SecretHasher}, created on first use when none is configured. */
    public String pepper() {
        return settings.secretPepper().orElseGet(() -> stored(PEPPER));
    }

    /** The secret that encrypts private signing keys, created on first use when none is configured. */
    public String keyEncryptionKey() {
        return settings.keysEncryptionKey().orElseGet(() -> stored(KEY_ENCRYPTION));
    }

    private String stored(String name) {
        return repository.find(name).map(ServerSecret::getSecret).orElseGet(() -> {
            String generated = RandomSecrets.generate(256);
            repository.add(new ServerSecret(name, generated, clock.instant()));
            return generated;
        });
    }
}
