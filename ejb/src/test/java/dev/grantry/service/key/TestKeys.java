package dev.grantry.service.key;

import dev.grantry.persistence.key.SigningKey;
import dev.grantry.persistence.key.SigningKeyRepository;
import dev.grantry.persistence.key.SigningKeyStatus;
import dev.grantry.service.settings.GrantrySettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Signing keys over an in-memory repository, wired as CDI would, for unit tests of this and other packages. */
public final class TestKeys {

    public static final String ENCRYPTION_SECRET = "a test key-encryption secret of 32+ chars";

    private TestKeys() {
    }

    public static SigningKeys signingKeys(SigningKeyRepository repository, GrantrySettings settings) {
        KeyEncryption encryption = new KeyEncryption(ENCRYPTION_SECRET);
        SigningKeyStore store = new SigningKeyStore();
        store.repository = repository;
        store.encryption = encryption;
        store.clock = Clock.systemUTC();
        SigningKeys keys = new SigningKeys();
        keys.store = store;
        keys.encryption = encryption;
        keys.settings = settings;
        return keys;
    }

    public static JwtSigner signer(SigningKeys keys) {
        JwtSigner signer = new JwtSigner();
        signer.keys = keys;
        return signer;
    }

    /** Keys in memory; the newest is last added. */
    public static final class Repository implements SigningKeyRepository {

        public final List<SigningKey> keys = new ArrayList<>();

        @Override
        public List<SigningKey> findAll() {
            return keys.stream().sorted(Comparator.comparing(SigningKey::getCreatedAt).reversed()
                    .thenComparing(k -> -keys.indexOf(k))).toList();
        }

        @Override
        public List<SigningKey> findPublished() {
            return findAll().stream().filter(k -> k.getStatus() != SigningKeyStatus.RETIRED).toList();
        }

        @Override
        public void add(SigningKey key) {
            keys.add(key);
        }
    }
}
