package dev.grantry.persistence.key;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grantry.persistence.testing.GrantryDatabase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JpaSigningKeyRepositoryTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final SigningKeyRepository keys = db.inject(new JpaSigningKeyRepository());

    @Test
    void whenAddedThenStoredWithEveryField() {
        db.inTransaction(() -> keys.add(key("k1", SigningKeyStatus.ACTIVE, NOW)));

        SigningKey found = db.inTransaction(() -> keys.findAll()).get(0);

        assertEquals("k1", found.getKid());
        assertEquals("RS256", found.getAlgorithm());
        assertEquals("{\"kid\":\"k1\"}", found.getPublicJwk());
        assertEquals("encrypted:k1", found.getEncryptedPrivateJwk());
        assertEquals(SigningKeyStatus.ACTIVE, found.getStatus());
        assertEquals(NOW, found.getCreatedAt());
    }

    @Test
    void whenListedThenNewestFirstAndPublishedLeavesRetiredOut() {
        db.inTransaction(() -> {
            keys.add(key("previous", SigningKeyStatus.PREVIOUS, NOW.minusSeconds(60)));
            keys.add(key("retired", SigningKeyStatus.RETIRED, NOW.minusSeconds(120)));
            keys.add(key("active", SigningKeyStatus.ACTIVE, NOW));
        });

        assertEquals(List.of("active", "previous", "retired"), kids(db.inTransaction(() -> keys.findAll())));
        assertEquals(List.of("active", "previous"), kids(db.inTransaction(() -> keys.findPublished())));
    }

    @Test
    void whenStatusChangedInATransactionThenStoredAndNoLongerPublished() {
        db.inTransaction(() -> keys.add(key("k1", SigningKeyStatus.PREVIOUS, NOW)));

        db.inTransaction(() -> keys.findPublished().get(0).setStatus(SigningKeyStatus.RETIRED));

        assertEquals(List.of(), db.inTransaction(() -> keys.findPublished()));
        assertEquals(List.of("RETIRED"), db.column("SELECT status FROM signing_key"));
    }

    private static SigningKey key(String kid, SigningKeyStatus status, Instant createdAt) {
        return new SigningKey(kid, "RS256", "{\"kid\":\"" + kid + "\"}", "encrypted:" + kid, status, createdAt);
    }

    private static List<String> kids(List<SigningKey> keys) {
        return keys.stream().map(SigningKey::getKid).toList();
    }
}
