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
import dev.grantry.persistence.key.SigningKeyStatus;
import dev.grantry.service.fakes.TestData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SigningKeysTest {

    private final TestKeys.Repository repository = new TestKeys.Repository();
    private final SigningKeys keys = TestKeys.signingKeys(repository, TestData.settings());

    @Test
    void whenFirstUsedThenOneActiveRs256KeyIsCreatedAndReused() {
        ActiveKey first = keys.active();

        assertEquals(1, repository.keys.size());
        SigningKey stored = repository.keys.get(0);
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
        SigningKey stored = repository.keys.get(0);

        assertFalse(stored.getEncryptedPrivateJwk().contains("\"d\""));
        assertFalse(JWK.parse(stored.getPublicJwk()).isPrivate());
        String decrypted = new KeyEncryption(TestKeys.ENCRYPTION_SECRET)
                .decrypt(stored.getEncryptedPrivateJwk(), stored.getKid());
        RSAKey key = RSAKey.parse(decrypted);
        assertTrue(key.isPrivate());
        assertEquals(2048, key.size());
    }

    @Test
    void whenDecryptedUnderAnotherKeyIdOrSecretThenRefused() {
        keys.active();
        SigningKey stored = repository.keys.get(0);

        assertThrows(IllegalStateException.class, () -> new KeyEncryption(TestKeys.ENCRYPTION_SECRET)
                .decrypt(stored.getEncryptedPrivateJwk(), "another-kid"));
        assertThrows(IllegalStateException.class, () -> new KeyEncryption("another secret of at least 32 chars")
                .decrypt(stored.getEncryptedPrivateJwk(), stored.getKid()));
    }

    @Test
    void whenRotatedThenNewKeySignsAndJwksHasActiveAndPrevious() throws Exception {
        String original = keys.active().kid();

        keys.rotate();

        String rotated = keys.active().kid();
        assertNotEquals(original, rotated);
        List<String> published = JWKSet.parse(keys.jwksJson()).getKeys().stream().map(JWK::getKeyID).toList();
        assertEquals(List.of(rotated, original), published);
        assertEquals(Map.of(original, SigningKeyStatus.PREVIOUS, rotated, SigningKeyStatus.ACTIVE), statuses());
    }

    @Test
    void whenRotatedTwiceThenOldestIsRetiredAndNoLongerPublished() throws Exception {
        String first = keys.active().kid();
        keys.rotate();
        keys.rotate();

        assertEquals(3, repository.keys.size());
        assertEquals(SigningKeyStatus.RETIRED, statuses().get(first));
        JWKSet set = JWKSet.parse(keys.jwksJson());
        assertEquals(2, set.getKeys().size());
        assertTrue(set.getKeys().stream().noneMatch(k -> k.getKeyID().equals(first)));
        assertTrue(set.getKeys().stream().noneMatch(JWK::isPrivate));
    }

    @Test
    void whenAnotherNodeRotatesThenUnknownKeyIdIsFoundByReloading() {
        keys.active();
        SigningKeys otherNode = TestKeys.signingKeys(repository, TestData.settings());
        otherNode.rotate();
        String newKid = otherNode.active().kid();

        assertTrue(keys.publicKey(newKid).isPresent());
        assertEquals(newKid, keys.active().kid());
        assertTrue(keys.publicKey("no-such-kid").isEmpty());
    }

    @Test
    void whenRefreshIntervalPassedThenRotationOnAnotherNodeIsSeen() throws Exception {
        SigningKeys shortLived = TestKeys.signingKeys(repository,
                TestData.settings(Map.of("grantry.keys.refresh-interval", "PT0.001S")));
        String original = shortLived.active().kid();
        TestKeys.signingKeys(repository, TestData.settings()).rotate();
        Thread.sleep(5);

        assertNotEquals(original, shortLived.active().kid());
    }

    @Test
    void whenEs256ConfiguredThenP256KeyIsGenerated() throws Exception {
        SigningKeys ec = TestKeys.signingKeys(new TestKeys.Repository(),
                TestData.settings(Map.of("grantry.token.signing-algorithm", "ES256")));

        assertEquals(JWSAlgorithm.ES256, ec.active().header().getAlgorithm());
        JWK published = JWKSet.parse(ec.jwksJson()).getKeys().get(0);
        assertTrue(published instanceof ECKey);
        assertEquals("P-256", ((ECKey) published).getCurve().getName());
    }

    private Map<String, SigningKeyStatus> statuses() {
        return repository.keys.stream().collect(java.util.stream.Collectors.toMap(SigningKey::getKid,
                SigningKey::getStatus));
    }
}
