package dev.grantry.service.key;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import dev.grantry.persistence.key.SigningKey;
import dev.grantry.persistence.key.SigningKeyStatus;
import dev.grantry.service.settings.GrantrySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * This node's view of the signing keys: read from the database once and kept, with the active key's signer and a
 * verifier per published key ready. The view is re-read after {@code grantry.keys.refresh-interval} and when a key
 * id is asked for that it does not know, so a rotation on one node reaches every node; a retired key leaves the
 * view, and with it its verifier, at the next re-read. An unknown key id re-reads at most once per
 * {@link #UNKNOWN_KID_RETRY} (a negative cache), so that tokens naming made-up key ids cannot make every request
 * read the database. The first read creates a key when there is none.
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

    /** How long a re-read that did not find a key id answers for every unknown key id. */
    static final Duration UNKNOWN_KID_RETRY = Duration.ofSeconds(5);

    @Inject
    Clock clock;

    private volatile KeyView view;

    /** When an unknown key id last made this node re-read the keys. */
    private volatile Instant lastUnknownKidReload = Instant.MIN;

    /** The key that signs new tokens, with its header ({@code typ at+jwt}, {@code kid}) and signer. */
    public ActiveKey active() {
        return current().active();
    }

    /** The JWK Set (RFC 7517 §5) of the active and previous public keys, as JSON. */
    public String jwksJson() {
        return current().jwksJson();
    }

    /**
     * The verifier of the published key with this id. An id unknown here re-reads the keys, unless an unknown id
     * did so less than {@link #UNKNOWN_KID_RETRY} ago.
     */
    public Optional<JWSVerifier> verifier(String kid) {
        JWSVerifier verifier = current().verifiers().get(kid);
        if (verifier == null && mayReloadForUnknownKid()) {
            verifier = reload().verifiers().get(kid);
        }
        return Optional.ofNullable(verifier);
    }

    /** Whether {@code jwt} carries the signature of a published key, named by its {@code kid}. */
    public boolean signed(SignedJWT jwt) {
        String kid = jwt.getHeader().getKeyID();
        if (kid == null) {
            return false;
        }
        Optional<JWSVerifier> verifier = verifier(kid);
        try {
            return verifier.isPresent() && jwt.verify(verifier.get());
        } catch (JOSEException e) {
            return false;
        }
    }

    private synchronized boolean mayReloadForUnknownKid() {
        Instant now = clock.instant();
        if (now.isBefore(lastUnknownKidReload.plus(UNKNOWN_KID_RETRY))) {
            return false;
        }
        lastUnknownKidReload = now;
        return true;
    }

    /**
     * Rotates the keys (see {@link SigningKeyStore#rotate}) and uses the new one at once on this node.
     *
     * @param administrator who rotates them, for the audit trail
     */
    public void rotate(String administrator) {
        store.rotate(settings.signingAlgorithm(), administrator);
        reload();
    }

    private KeyView current() {
        KeyView current = view;
        if (current == null || clock.instant().isAfter(current.loadedAt().plus(settings.keysRefreshInterval()))) {
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
        Map<String, JWSVerifier> verifiers = new LinkedHashMap<>();
        for (SigningKey key : keys) {
            JWK publicKey = KeyMaterial.parse(key.getPublicJwk());
            publicKeys.put(key.getKid(), publicKey);
            verifiers.put(key.getKid(), KeyMaterial.verifier(publicKey));
        }
        String jwks = new JWKSet(List.copyOf(publicKeys.values())).toString(true);
        return new KeyView(active, Map.copyOf(verifiers), jwks, clock.instant());
    }

    private ActiveKey activate(SigningKey key) {
        JWK privateKey = KeyMaterial.parse(encryption.decrypt(key.getEncryptedPrivateJwk(), key.getKid()));
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.parse(key.getAlgorithm()))
                .type(ACCESS_TOKEN_TYPE)
                .keyID(key.getKid())
                .build();
        return new ActiveKey(key.getKid(), header, KeyMaterial.signer(privateKey));
    }

    private record KeyView(ActiveKey active, Map<String, JWSVerifier> verifiers, String jwksJson, Instant loadedAt) {}
}
