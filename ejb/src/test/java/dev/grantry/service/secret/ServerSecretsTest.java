package dev.grantry.service.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ServerSecretsTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final String PEPPER = "a configured pepper of at least 32 characters";

    /** One node of a cluster: its beans over the shared database, with these settings (by key). */
    static TestContainer node(Map<String, String> settings) {
        return new TestContainer(db, Clock.systemUTC(), TestSettings.settings(settings));
    }

    @Test
    void whenNothingIsConfiguredThenEachSecretIsGeneratedOnceAndSharedByEveryNode() {
        ServerSecrets first = node(Map.of()).get(ServerSecrets.class);
        ServerSecrets second = node(Map.of()).get(ServerSecrets.class);

        String pepper = first.pepper();

        assertEquals(43, pepper.length(), "256 bits");
        assertEquals(pepper, second.pepper());
        assertEquals(first.keyEncryptionKey(), second.keyEncryptionKey());
        assertNotEquals(pepper, first.keyEncryptionKey());
        assertEquals(List.of(pepper), db.column("SELECT secret FROM server_secret WHERE name = 'secret-hash-pepper'"));
    }

    @Test
    void whenConfiguredThenTheConfiguredSecretWinsAndNothingIsStored() {
        ServerSecrets configured = node(Map.of(
                        "grantry.secret.pepper",
                        PEPPER,
                        "grantry.keys.encryption-key",
                        "a configured key-encryption key, 32+ chars"))
                .get(ServerSecrets.class);

        assertEquals(PEPPER, configured.pepper());
        assertEquals("a configured key-encryption key, 32+ chars", configured.keyEncryptionKey());
        assertTrue(db.column("SELECT name FROM server_secret").isEmpty());
    }

    @Test
    void whenBothSecretsAreKeptInTheDatabaseThenEachIsWarnedAboutWithTheSettingThatAvoidsIt() {
        List<String> warnings = node(Map.of()).get(ServerSecrets.class).keptInDatabase();

        assertEquals(2, warnings.size());
        assertTrue(warnings.get(0).contains("signing-key encryption key is kept in the database"), warnings.get(0));
        assertTrue(warnings.get(0).contains("GRANTRY_KEYS_ENCRYPTION_KEY_FILE"), warnings.get(0));
        assertTrue(warnings.get(1).contains("secret-hashing pepper is kept in the database"), warnings.get(1));
        assertTrue(warnings.get(1).contains("GRANTRY_SECRET_PEPPER_FILE"), warnings.get(1));
    }

    @Test
    void whenBothSecretsAreConfiguredThenNoWarning() {
        assertEquals(
                List.of(),
                node(Map.of("grantry.secret.pepper", PEPPER, "grantry.keys.encryption-key", PEPPER))
                        .get(ServerSecrets.class)
                        .keptInDatabase());
    }
}
