package dev.grantry.service.user;

import dev.grantry.service.testing.TestSettings;
import java.util.Map;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;

/** Password hashing for tests of other things than hashing: Payara's PBKDF2, with the fewest iterations it allows. */
public final class TestPasswords {

    private TestPasswords() {}

    /**
     * A {@link PasswordHasher} whose hashes cost 1,024 iterations instead of 210,000, so that a test can sign in
     * often; {@code PasswordHasherTest} checks the real parameters.
     */
    public static PasswordHasher fastHasher() {
        PasswordHasher hasher = new PasswordHasher();
        hasher.pbkdf2 = new Pbkdf2PasswordHashImpl();
        hasher.settings = TestSettings.settings(Map.of("grantry.password.hash-iterations", "1024"));
        hasher.configure();
        return hasher;
    }
}
