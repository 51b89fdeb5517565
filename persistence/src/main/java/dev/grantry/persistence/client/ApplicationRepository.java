package dev.grantry.persistence.client;

import java.util.List;
import java.util.Optional;

/** Stores and finds {@link Application}s. */
public interface ApplicationRepository {

    Optional<Application> findByClientId(String clientId);

    List<Application> findByOwner(String username);

    List<Application> findAll();

    Application add(Application application);

    void remove(Application application);
}
