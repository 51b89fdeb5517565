package dev.grantry.persistence.authorize;

import java.util.List;
import java.util.Optional;

/** Stores {@link Consent}s, at most one per user and application. */
public interface ConsentRepository {

    Optional<Consent> find(Long userId, Long applicationId);

    void add(Consent consent);

    List<Consent> findByUser(Long userId);

    /** Forgets what the user granted the application, so that it must ask again. */
    void remove(Long userId, Long applicationId);

    /** Forgets what every user granted the application (it was disabled or rejected). */
    void removeByApplication(long applicationId);
}
