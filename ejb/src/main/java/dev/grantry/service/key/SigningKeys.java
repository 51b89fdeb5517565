package dev.grantry.service.key;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import dev.grantry.persistence.key.SigningKey;
import dev.grantry.persistence.key.SigningKeyStatus;
import dev.grantry.service.settings.GrantrySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * This node's view of the signing keys: read from the database once and kept, with the active key's signer ready.
 * The view is re-read after {@code grantry.keys.refresh-interval} and when a key id is asked for that it does not
 * know, so a rotation on one node reaches every node. The first read creates a key when there is none.
 */
@ApplicationScoped
public class SigningKeys {

    /** The RFC 9068 §2.1 media type of access tokens. */
    public static final JOSEObjectType ACCESS_TOKEN_TYPE = new JOSEObjectType("at+jwt");

    @Inject
    SigningKeyStore store;

    @Inject
    KeyEncryption encryption;

    @Inject
    GrantrySettings settings;

    private volatile KeyView view;

    /** The key that signs new tokens, with its header ({@code typ at+jwt}, {@code kid}) and signer. */
    public ActiveKey active() {
        return current().active();
    }

    /** The JWK Set (RFC 7517 §5) of the active and previous public keys, as JSON. */
    public String jwksJson() {
        return current().jwksJson();
    }

    /** The published public key with this id, re-reading the keys once when it is unknown here. */
    public Optional<JWK> publicKey(String kid) {
        JWK key = current().publicKeys().get(kid);
        if (key == null) {
            key = reload().publicKeys().get(kid);
        }
        return Optional.ofNullable(key);
    }

    /** Rotates the keys (see {@link SigningKeyStore#rotate}) and uses the new one at once on this node. */
    public void rotate() {
        store.rotate(settings.signingAlgorithm());
        reload();
    }

    private KeyView current() {
        KeyView current = view;
        if (current == null || current.isOlderThan(settings.keysRefreshInterval())) {
            current = reload();
        }
        return current;
    }

    private synchronized KeyView reload() {
        List<SigningKey> keys = store.published();
        if (keys.stream().noneMatch(k -> k.getStatus() == SigningKeyStatus.ACTIVE)) {
            store.ensureActive(settings.signingAlgorithm());
            keys = store.published();
        }
        KeyView loaded = load(keys, view);
        view = loaded;
        return loaded;
    }

    private KeyView load(List<SigningKey> keys, KeyView previous) {
        SigningKey activeKey = keys.stream()
                .filter(k -> k.getStatus() == SigningKeyStatus.ACTIVE)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("There is no active signing key"));
        ActiveKey active = previous != null && previous.active().kid().equals(activeKey.getKid())
                ? previous.active()
                : activate(activeKey);
        Map<String, JWK> publicKeys = new LinkedHashMap<>();
        for (SigningKey key : keys) {
            publicKeys.put(key.getKid(), KeyMaterial.parse(key.getPublicJwk()));
        }
        String jwks = new JWKSet(List.copyOf(publicKeys.values())).toString(true);
        return new KeyView(active, Map.copyOf(publicKeys), jwks, System.nanoTime());
    }

    private ActiveKey activate(SigningKey key) {
        JWK privateKey = KeyMaterial.parse(encryption.decrypt(key.getEncryptedPrivateJwk(), key.getKid()));
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.parse(key.getAlgorithm()))
                .type(ACCESS_TOKEN_TYPE)
                .keyID(key.getKid())
                .build();
        return new ActiveKey(key.getKid(), header, KeyMaterial.signer(privateKey));
    }

    private record KeyView(ActiveKey active, Map<String, JWK> publicKeys, String jwksJson, long loadedAtNanos) {

        boolean isOlderThan(Duration age) {
            return System.nanoTime() - loadedAtNanos > age.toNanos();
        }
    }
}
