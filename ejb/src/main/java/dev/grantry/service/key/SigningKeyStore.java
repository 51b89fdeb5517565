package dev.grantry.service.key;

import com.nimbusds.jose.jwk.JWK;
import dev.grantry.persistence.audit.AuditEventType;
import dev.grantry.persistence.key.SigningKey;
import dev.grantry.persistence.key.SigningKeyRepository;
import dev.grantry.persistence.key.SigningKeyStatus;
import dev.grantry.service.audit.AuditTrail;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Reads, creates and rotates the stored signing keys, each call in a transaction of its own. Rotation: a new key
 * becomes active, the active one becomes previous (still published, so tokens it signed stay verifiable until they
 * expire, RFC 7517 §5), and older previous keys are retired.
 */
@Stateless
public class SigningKeyStore {

    private static final Logger LOG = Logger.getLogger(SigningKeyStore.class.getName());

    @Inject
    SigningKeyRepository repository;

    @Inject
    KeyEncryption encryption;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Every key, newest first, for the admin page. */
    public List<SigningKeyView> all() {
        return repository.findAll().stream().map(SigningKeyView::of).toList();
    }

    /** Every key, retired ones too, newest first: a retired key's certificate outlives it (RegistryCertificates). */
    public List<SigningKey> everyKey() {
        return repository.findAll();
    }

    /** The active and previous keys, newest first. */
    public List<SigningKey> published() {
        return repository.findPublished();
    }

    /**
     * Creates an active key when there is none (the first start). Committed on its own, whatever the caller's
     * transaction does, because nodes cache the key at once.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensureActive(String algorithm) {
        boolean noActive = repository.findPublished().stream().noneMatch(k -> k.getStatus() == SigningKeyStatus.ACTIVE);
        if (noActive) {
            add(algorithm);
        }
    }

    /**
     * Rotates the keys: new active, active to previous, previous to retired. Committed on its own, with its audit
     * event.
     *
     * @param administrator who rotated them
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void rotate(String algorithm, String administrator) {
        for (SigningKey key : repository.findPublished()) {
            key.setStatus(
                    key.getStatus() == SigningKeyStatus.ACTIVE ? SigningKeyStatus.PREVIOUS : SigningKeyStatus.RETIRED);
        }
        String kid = add(algorithm);
        audit.record(audit.success(AuditEventType.SIGNING_KEY_ROTATED)
                .actor(administrator)
                .detail("The " + algorithm + " key " + kid + " signs new tokens"));
    }

    /** Stores a new active key; its key id. */
    private String add(String algorithm) {
        JWK jwk = KeyMaterial.generate(algorithm);
        String kid = jwk.getKeyID();
        repository.add(new SigningKey(
                kid,
                algorithm,
                jwk.toPublicJWK().toJSONString(),
                encryption.encrypt(jwk.toJSONString(), kid),
                SigningKeyStatus.ACTIVE,
                clock.instant()));
        LOG.info(() -> "Created the active " + algorithm + " signing key " + kid);
        return kid;
    }
}
