package dev.grantry.persistence.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.testing.GrantryDatabase;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JpaServerSecretRepositoryTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    private final ServerSecretRepository secrets = db.inject(new JpaServerSecretRepository());

    @Test
    void whenAddedThenFoundByNameAndOthersAreNot() {
        db.inTransaction(() -> secrets.add(new ServerSecret("pepper", "s3cret", Instant.EPOCH)));

        ServerSecret found = db.inTransaction(() -> secrets.find("pepper")).orElseThrow();

        assertEquals("pepper", found.getName());
        assertEquals("s3cret", found.getSecret());
        assertTrue(db.inTransaction(() -> secrets.find("other")).isEmpty());
    }
}
