package dev.grantry.service.limit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Runs work in a transaction of its own, committed (or rolled back) before the call returns. */
@Stateless
public class NewTransaction {

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void run(Runnable work) {
        work.run();
    }
}
