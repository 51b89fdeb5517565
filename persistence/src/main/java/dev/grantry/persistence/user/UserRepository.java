package dev.grantry.persistence.user;

import java.util.List;
import java.util.Optional;

/** Stores and finds {@link User}s. */
public interface UserRepository {

    Optional<User> findByUsername(String username);

    Optional<User> findById(long id);

    /**
     * The user, locked for update until the transaction ends, so that decisions about one user (consent, disabling)
     * happen one after the other.
     */
    Optional<User> findByIdForUpdate(long id);

    List<User> findAll();

    boolean existsWithRole(Role role);

    User add(User user);
}
