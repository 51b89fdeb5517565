package dev.grantry.persistence.key;

import java.util.Optional;

/** Stores {@link ServerSecret}s. */
public interface ServerSecretRepository {

    Optional<ServerSecret> find(String name);

    void add(ServerSecret secret);
}
