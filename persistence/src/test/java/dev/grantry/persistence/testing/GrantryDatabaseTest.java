package dev.grantry.persistence.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.user.User;
import jakarta.persistence.TransactionRequiredException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The test database behaves as the container's transactions do, or the tests on it would prove nothing. */
class GrantryDatabaseTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    @Test
    void whenWrittenOutsideATransactionThenRefusedAndReadsStillWork() {
        assertThrows(
                TransactionRequiredException.class, () -> db.entityManager().persist(TestEntities.user("alice")));

        assertTrue(db.entityManager()
                .createQuery("SELECT u FROM User u", User.class)
                .getResultList()
                .isEmpty());
    }

    @Test
    void whenTheOuterTransactionRollsBackThenWhatANewOneCommittedStays() {
        assertThrows(
                IllegalStateException.class,
                () -> db.inTransaction(() -> {
                    db.persist(TestEntities.user("rolled-back"));
                    db.inNewTransaction(() -> db.persist(TestEntities.user("committed")));
                    throw new IllegalStateException("the request fails");
                }));

        assertEquals(List.of("committed"), db.column("SELECT username FROM grantry_user"));
    }

    @Test
    void whenReadInOneTransactionThenDetachedInTheNext() {
        User alice = TestEntities.user("alice");
        db.persist(alice);

        User read = db.inTransaction(() -> db.entityManager().find(User.class, alice.getId()));

        assertFalse(db.inTransaction(() -> db.entityManager().contains(read)));
        assertTrue(db.inTransaction(
                () -> db.entityManager().contains(db.entityManager().find(User.class, alice.getId()))));
    }

    @Test
    void whenATestEndsThenItsRowsAreGoneButTheSeededScopesStay() throws SQLException {
        db.persist(TestEntities.user("alice"));

        db.afterEach(null);

        assertTrue(db.column("SELECT username FROM grantry_user").isEmpty());
        assertFalse(db.column("SELECT name FROM scope").isEmpty());
    }
}
