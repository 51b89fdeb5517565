package dev.grantry.persistence.authorize;

import java.time.Instant;
import java.util.Optional;

/** Stores {@link PendingAuthorization}s. */
public interface PendingAuthorizationRepository {

    void add(PendingAuthorization pending);

    /** The pending request, locked for update, so that it can be decided only once. */
    Optional<PendingAuthorization> findForUpdate(String id);

    void remove(PendingAuthorization pending);

    /** Deletes the application's pending requests (it was disabled, rejected or deleted). */
    void removeByApplication(long applicationId);

    /** Deletes the requests bound to the user (the user was disabled). */
    void removeByUser(long userId);

    /** Deletes the requests of one application bound to one user (the user revoked it). */
    void removeByUserAndApplication(long userId, long applicationId);

    /** Deletes the requests created before {@code cutoff}. */
    /** Deletes them; how many. */
    int removeCreatedBefore(Instant cutoff);
}
