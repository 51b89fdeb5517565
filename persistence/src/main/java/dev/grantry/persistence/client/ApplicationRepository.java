package dev.grantry.persistence.client;

import java.util.List;
import java.util.Optional;

/** Stores and finds {@link Application}s. */
public interface ApplicationRepository {

    Optional<Application> findByClientId(String clientId);

    List<Application> findByOwner(String username);

    List<Application> findAll();

    Application add(Application application);

    /**
     * Replaces the redirect URIs of a stored application. The old rows are written away first: their positions are
     * part of the key, and the new URIs take the same positions.
     */
    void replaceRedirectUris(Application application, List<String> redirectUris);

    void remove(Application application);
}
