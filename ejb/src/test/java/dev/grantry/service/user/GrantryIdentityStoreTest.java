package dev.grantry.service.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import jakarta.security.enterprise.credential.CallerOnlyCredential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GrantryIdentityStoreTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    final TestContainer container = new TestContainer(db, Clock.systemUTC(), TestSettings.settings())
            .with(PasswordHasher.class, TestPasswords.fastHasher());
    final GrantryIdentityStore store = container.get(GrantryIdentityStore.class);

    {
        container.get(UserService.class).create(new NewUser("alice", null, null, "long enough", Set.of("auditor")));
    }

    @Test
    void whenThePasswordIsRightThenValidWithTheUsersGroups() {
        CredentialValidationResult result = store.validate(new UsernamePasswordCredential("alice", "long enough"));

        assertEquals(Status.VALID, result.getStatus());
        assertEquals("alice", result.getCallerPrincipal().getName());
        assertEquals(Set.of("user", "auditor"), result.getCallerGroups());
    }

    @Test
    void whenThePasswordIsWrongThenInvalidAndTheFailureCounts() {
        assertSame(
                CredentialValidationResult.INVALID_RESULT,
                store.validate(new UsernamePasswordCredential("alice", "wrong")));

        assertEquals(List.of("alice"), db.column("SELECT username FROM sign_in_throttle"));
    }

    @Test
    void whenTheCredentialIsNoPasswordThenNotValidated() {
        assertSame(CredentialValidationResult.NOT_VALIDATED_RESULT, store.validate(new CallerOnlyCredential("alice")));
    }
}
