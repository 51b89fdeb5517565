package dev.grantry.persistence.lock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.util.function.Supplier;

/**
 * One row per table whose rows concurrent requests may create at the same moment (the first failed sign-in of a
 * username, the first request from an address). A transaction that finds no row to lock for update takes this lock,
 * looks again, and creates the row only if it is still missing: a concurrent creator waits here, then finds the row
 * committed and locks it. So no insert fails on the primary key, and no nested transaction has to roll back (which
 * GlassFish's transaction manager does not survive with every pool, and which H2's XA connections do not isolate).
 * The lock is held until the transaction ends, and only creations wait for it.
 */
@Entity
@Table(name = "insert_lock")
public class InsertLock {

    /** The lock for creating rows of {@code rate_limit}. */
    public static final String RATE_LIMIT = "rate_limit";

    /** The lock for creating rows of {@code sign_in_throttle}. */
    public static final String SIGN_IN_THROTTLE = "sign_in_throttle";

    @Id
    @Column(length = 64)
    private String name;

    protected InsertLock() {}

    /**
     * The row of {@code type} with primary key {@code id}, locked for update until the current transaction ends;
     * when there is none, created from {@code newRow} (and flushed) under the insert lock {@code lock}, unless a
     * concurrent creator committed it meanwhile.
     *
     * @throws IllegalStateException when the migrations created no such lock
     */
    public static <T> T findOrCreateForUpdate(
            EntityManager em, Class<T> type, Object id, String lock, Supplier<T> newRow) {
        T row = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (row != null) {
            return row;
        }
        if (em.find(InsertLock.class, lock, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new IllegalStateException("No insert lock " + lock);
        }
        row = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = newRow.get();
            em.persist(row);
            em.flush();
        }
        return row;
    }
}
