package dev.grantry.service.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.util.Base64;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On Payara's own {@link Pbkdf2PasswordHash} (Soteria), configured as the container configures the bean. */
class PasswordHasherTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    private final PasswordHasher hasher = new TestContainer(db, Clock.systemUTC(), TestSettings.settings())
            .with(Pbkdf2PasswordHash.class, new Pbkdf2PasswordHashImpl())
            .get(PasswordHasher.class);

    /** Each hash or check costs 210,000 iterations (about a second here), so these tests make few of them. */
    @Test
    void whenHashedThenPbkdf2HmacSha512With210000IterationsA16ByteSaltAnd64ByteKeyThatVerifiesOnlyThePassword() {
        String hash = hasher.hash("correct horse battery staple");

        String[] parts = hash.split(":");
        assertEquals(4, parts.length);
        assertEquals("PBKDF2WithHmacSHA512", parts[0]);
        assertEquals("210000", parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(64, Base64.getDecoder().decode(parts[3]).length);
        assertTrue(hasher.verify("correct horse battery staple", hash));
        assertFalse(hasher.verify("correct horse battery stapler", hash));
    }

    @Test
    void whenOnePasswordIsHashedTwiceThenTheSaltsDiffer() {
        String first = hasher.hash("same password");
        String second = hasher.hash("same password");

        assertNotEquals(first.split(":")[2], second.split(":")[2]);
    }

    @Test
    void whenTheIterationsSettingIsLoweredThenNewHashesUseItAndOlderHashesStillVerify() {
        String older = hasher.hash("kept password");

        PasswordHasher cheaper = TestPasswords.fastHasher();
        String newer = cheaper.hash("kept password");

        assertEquals("1024", newer.split(":")[1]);
        assertTrue(cheaper.verify("kept password", older));
    }
}
