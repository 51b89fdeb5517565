package dev.grantry.service.user;

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
        Pbkdf2PasswordHashImpl pbkdf2 = new Pbkdf2PasswordHashImpl();
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512", "Pbkdf2PasswordHash.Iterations", "1024"));
        PasswordHasher hasher = new PasswordHasher();
        hasher.pbkdf2 = pbkdf2;
        return hasher;
    }
}
