package dev.grantry.persistence.authorize;

import java.time.Instant;
import java.util.Optional;

/** Stores {@link PendingAuthorization}s. */
public interface PendingAuthorizationRepository {

    void add(PendingAuthorization pending);

    /** The pending request, locked for update, so that it can be decided only once. */
    Optional<PendingAuthorization> findForUpdate(String id);

    void remove(PendingAuthorization pending);

    /** Deletes the requests created before {@code cutoff}. */
    /** Deletes them; how many. */
    int removeCreatedBefore(Instant cutoff);
}
