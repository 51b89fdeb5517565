package dev.grantry.service.key;

import dev.grantry.persistence.key.SigningKey;
import java.time.Instant;
import java.util.Locale;

/**
 * A signing key as the administrators' page shows it; never its private part.
 *
 * @param status {@code active}, {@code previous} or {@code retired}
 */
public record SigningKeyView(String kid, String algorithm, String status, Instant createdAt) {

    static SigningKeyView of(SigningKey key) {
        return new SigningKeyView(
                key.getKid(), key.getAlgorithm(), key.getStatus().name().toLowerCase(Locale.ROOT), key.getCreatedAt());
    }
}
