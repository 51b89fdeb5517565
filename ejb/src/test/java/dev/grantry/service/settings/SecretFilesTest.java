package dev.grantry.service.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encryption key and the pepper can come from files, as container and Kubernetes secrets are mounted. */
class SecretFilesTest {

    static final String KEY = "a key-encryption key from a file, 32+ chars";
    static final String PEPPER = "a pepper from a mounted secret file, 32+ chars";

    @TempDir
    Path dir;

    private static GrantrySettings with(Map<String, String> values) {
        return GrantrySettings.read(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void whenFilesAreNamedThenTheirContentWithoutTheTrailingNewlineIsTheSecret() throws IOException {
        Path key = Files.writeString(dir.resolve("key"), KEY + "\n");
        Path pepper = Files.writeString(dir.resolve("pepper"), PEPPER + "\r\n");

        GrantrySettings settings = with(Map.of(
                "grantry.keys.encryption-key-file", key.toString(), "grantry.secret.pepper-file", pepper.toString()));

        assertEquals(Optional.of(KEY), settings.keysEncryptionKey());
        assertEquals(Optional.of(PEPPER), settings.secretPepper());
    }

    @Test
    void whenTheFileIsMissingThenTheErrorNamesTheSettingAndThePath() {
        String missing = dir.resolve("missing").toString();

        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> with(Map.of("grantry.secret.pepper-file", missing)));

        assertTrue(e.getMessage().contains("GRANTRY_SECRET_PEPPER_FILE"), e.getMessage());
        assertTrue(e.getMessage().contains(missing), e.getMessage());
    }

    @Test
    void whenBothTheVariableAndTheFileAreSetThenRefused() throws IOException {
        Path key = Files.writeString(dir.resolve("key"), KEY);

        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> with(Map.of(
                        "grantry.keys.encryption-key",
                        "another key of at least 32 characters!",
                        "grantry.keys.encryption-key-file",
                        key.toString())));

        assertTrue(e.getMessage().contains("GRANTRY_KEYS_ENCRYPTION_KEY"), e.getMessage());
    }

    @Test
    void whenTheFilesSecretIsTooShortThenRefusedWithoutQuotingIt() throws IOException {
        Path pepper = Files.writeString(dir.resolve("pepper"), "short-secret");

        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> with(Map.of("grantry.secret.pepper-file", pepper.toString())));

        assertFalse(e.getMessage().contains("short-secret"), e.getMessage());
    }
}
