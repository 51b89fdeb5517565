package dev.grantry.persistence.key;

import java.util.List;

/** Stores {@link SigningKey}s. */
public interface SigningKeyRepository {

    /** Every key, newest first. */
    List<SigningKey> findAll();

    /** The keys that are not retired, newest first. */
    List<SigningKey> findPublished();

    void add(SigningKey key);
}
