package dev.grantry.service.secret;

import dev.grantry.persistence.key.ServerSecret;
import dev.grantry.persistence.key.ServerSecretRepository;
import dev.grantry.service.settings.GrantrySettings;
import dev.grantry.service.settings.Setting;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Server-wide secrets: configured ones (an environment variable or a secret file) win, otherwise one generated on
 * the first start and kept in the database. A secret kept in the database is convenient but weak: whoever holds a
 * backup of the database then holds the secret too, and with the encryption key the private signing keys, enough to
 * forge tokens. Start-up warns of it and {@code /admin/keys} shows it ({@link #keptInDatabase}).
 */
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

    /** A warning per secret kept in the database, naming the settings that would keep it out; empty when none is. */
    public List<String> keptInDatabase() {
        List<String> warnings = new ArrayList<>();
        if (settings.keysEncryptionKey().isEmpty()) {
            warnings.add(warning(
                    "signing-key encryption key", Setting.KEYS_ENCRYPTION_KEY, Setting.KEYS_ENCRYPTION_KEY_FILE));
        }
        if (settings.secretPepper().isEmpty()) {
            warnings.add(warning("secret-hashing pepper", Setting.SECRET_PEPPER, Setting.SECRET_PEPPER_FILE));
        }
        return warnings;
    }

    private static String warning(String what, Setting secret, Setting file) {
        return "The " + what + " is kept in the database, so a database backup alone lets its holder forge tokens. "
                + "Set " + file.environmentName() + " (or " + secret.environmentName() + ") instead.";
    }

    private String stored(String name) {
        return repository.find(name).map(ServerSecret::getSecret).orElseGet(() -> {
            String generated = RandomSecrets.generate(256);
            repository.add(new ServerSecret(name, generated, clock.instant()));
            return generated;
        });
    }
}
