package dev.grantry.service.limit;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

/**
 * Inserts a row that concurrent requests may insert at the same moment (the first failure of a username, the first
 * request from an address), so that the caller can then lock the one row there is. The insert commits on its own; a
 * concurrent request that inserted first makes it fail on the primary key, which is the outcome wanted, and nothing
 * of the caller's transaction is lost. Counting on a locked row is what makes concurrent requests all count.
 */
@ApplicationScoped
public class ConcurrentInserts {

    @Inject
    NewTransaction newTransaction;

    /** Runs {@code insert} in its own transaction; a failure because the row exists already is ignored. */
    public void insertUnlessPresent(Runnable insert) {
        try {
            newTransaction.run(insert);
        } catch (EJBException | PersistenceException e) {
            // Another request inserted the row first (unique key); the caller locks and uses that one. Any other
            // failure shows up when the caller cannot find the row.
        }
    }
}
