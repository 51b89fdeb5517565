package dev.grantry.service.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import dev.grantry.persistence.key.SigningKey;
import dev.grantry.persistence.key.SigningKeyRepository;
import dev.grantry.persistence.key.SigningKeyStatus;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.service.secret.ServerSecrets;
import dev.grantry.service.testing.RecordedEvents;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SigningKeysTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    private final TestContainer container = node(Map.of());
    private final SigningKeyRepository repository = container.get(SigningKeyRepository.class);
    private final SigningKeys keys = container.get(SigningKeys.class);

    /** The keys as one node of a cluster sees them: its own beans over the shared database. */
    private static TestContainer node(Map<String, String> settings) {
        return new TestContainer(db, Clock.systemUTC(), TestSettings.settings(settings));
    }

    @Test
    void whenFirstUsedThenOneActiveRs256KeyIsCreatedAndReused() {
        ActiveKey first = keys.active();

        assertEquals(1, repository.findAll().size());
        SigningKey stored = repository.findAll().get(0);
        assertEquals(SigningKeyStatus.ACTIVE, stored.getStatus());
        assertEquals("RS256", stored.getAlgorithm());
        assertEquals(stored.getKid(), first.kid());
        assertEquals(JWSAlgorithm.RS256, first.header().getAlgorithm());
        assertEquals(new JOSEObjectType("at+jwt"), first.header().getType());
        assertEquals(first.kid(), first.header().getKeyID());
        assertSame(first, keys.active());
        assertSame(first.signer(), keys.active().signer());
    }

    @Test
    void whenStoredThenPrivateKeyIsEncryptedAndPublicJwkHasNoPrivatePart() throws Exception {
        keys.active();
        SigningKey stored = repository.findAll().get(0);

        assertFalse(stored.getEncryptedPrivateJwk().contains("\"d\""));
        assertFalse(JWK.parse(stored.getPublicJwk()).isPrivate());
        String decrypted =
                new KeyEncryption(encryptionSecret()).decrypt(stored.getEncryptedPrivateJwk(), stored.getKid());
        RSAKey key = RSAKey.parse(decrypted);
        assertTrue(key.isPrivate());
        assertEquals(2048, key.size());
    }

    @Test
    void whenDecryptedUnderAnotherKeyIdOrSecretThenRefused() {
        keys.active();
        SigningKey stored = repository.findAll().get(0);

        assertThrows(
                IllegalStateException.class,
                () -> new KeyEncryption(encryptionSecret()).decrypt(stored.getEncryptedPrivateJwk(), "another-kid"));
        assertThrows(
                IllegalStateException.class,
                () -> new KeyEncryption("another secret of at least 32 chars")
                        .decrypt(stored.getEncryptedPrivateJwk(), stored.getKid()));
    }

    @Test
    void whenRotatedThenNewKeySignsAndJwksHasActiveAndPrevious() throws Exception {
        String original = keys.active().kid();

        keys.rotate("admin");

        String rotated = keys.active().kid();
        assertNotEquals(original, rotated);
        List<String> published = JWKSet.parse(keys.jwksJson()).getKeys().stream()
                .map(JWK::getKeyID)
                .toList();
        assertEquals(List.of(rotated, original), published);
        assertEquals(Map.of(original, SigningKeyStatus.PREVIOUS, rotated, SigningKeyStatus.ACTIVE), statuses());
    }

    @Test
    void whenRotatedTwiceThenOldestIsRetiredAndNoLongerPublished() throws Exception {
        String first = keys.active().kid();
        keys.rotate("admin");
        keys.rotate("admin");

        assertEquals(3, repository.findAll().size());
        assertEquals(SigningKeyStatus.RETIRED, statuses().get(first));
        JWKSet set = JWKSet.parse(keys.jwksJson());
        assertEquals(2, set.getKeys().size());
        assertTrue(set.getKeys().stream().noneMatch(k -> k.getKeyID().equals(first)));
        assertTrue(set.getKeys().stream().noneMatch(JWK::isPrivate));
    }

    @Test
    void whenAnotherNodeRotatesThenUnknownKeyIdIsFoundByReloading() {
        keys.active();
        SigningKeys otherNode = node(Map.of()).get(SigningKeys.class);
        otherNode.rotate("admin");
        String newKid = otherNode.active().kid();

        assertTrue(keys.verifier(newKid).isPresent());
        assertEquals(newKid, keys.active().kid());
        assertTrue(keys.verifier("no-such-kid").isEmpty());
    }

    @Test
    void whenRefreshIntervalPassedThenRotationOnAnotherNodeIsSeen() throws Exception {
        SigningKeys shortLived =
                node(Map.of("grantry.keys.refresh-interval", "PT0.001S")).get(SigningKeys.class);
        String original = shortLived.active().kid();
        node(Map.of()).get(SigningKeys.class).rotate("admin");
        Thread.sleep(5);

        assertNotEquals(original, shortLived.active().kid());
    }

    @Test
    void whenEs256ConfiguredThenP256KeyIsGenerated() throws Exception {
        SigningKeys ec =
                node(Map.of("grantry.token.signing-algorithm", "ES256")).get(SigningKeys.class);

        assertEquals(JWSAlgorithm.ES256, ec.active().header().getAlgorithm());
        JWK published = JWKSet.parse(ec.jwksJson()).getKeys().get(0);
        assertTrue(published instanceof ECKey);
        assertEquals("P-256", ((ECKey) published).getCurve().getName());
    }

    @Test
    void whenListedForAdministratorsThenEveryKeyNewestFirstWithoutKeyMaterial() {
        String first = keys.active().kid();
        keys.rotate("admin");
        keys.rotate("admin");

        List<SigningKeyView> views = container.get(SigningKeyStore.class).all();

        assertEquals(
                List.of("active", "previous", "retired"),
                views.stream().map(SigningKeyView::status).toList());
        assertEquals(first, views.get(2).kid());
        assertTrue(views.stream().allMatch(view -> view.algorithm().equals("RS256") && view.createdAt() != null));
    }

    private Map<String, SigningKeyStatus> statuses() {
        return repository.findAll().stream().collect(Collectors.toMap(SigningKey::getKid, SigningKey::getStatus));
    }

    /** The secret the node generated and stored to encrypt private keys, none being configured. */
    private String encryptionSecret() {
        return container.get(ServerSecrets.class).keyEncryptionKey();
    }

    @Test
    void whenRotatedThenTheRotationIsRecordedWithTheAdministratorAndTheNewKey() {
        keys.active();
        RecordedEvents events = new RecordedEvents(db);

        keys.rotate("admin");

        assertEquals(
                List.of("SIGNING_KEY_ROTATED/SUCCESS actor=admin detail=The RS256 key "
                        + keys.active().kid() + " signs new tokens"),
                events.since());
    }
}
