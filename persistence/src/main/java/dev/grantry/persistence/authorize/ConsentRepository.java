package dev.grantry.persistence.authorize;

import java.util.Optional;

/** Stores {@link Consent}s, at most one per user and application. */
public interface ConsentRepository {

    Optional<Consent> find(Long userId, Long applicationId);

    void add(Consent consent);
}
