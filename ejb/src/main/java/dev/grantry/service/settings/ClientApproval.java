package dev.grantry.service.settings;

import java.util.Arrays;
import java.util.Optional;

/** The values of {@link Setting#CLIENT_REGISTRATION_APPROVAL}. */
public enum ClientApproval {
    /** New applications are active at once. */
    AUTO("auto"),
    /** New applications wait, pending, for an administrator's approval. */
    ADMIN("admin");

    private final String value;

    ClientApproval(String value) {
        this.value = value;
    }

    static Optional<ClientApproval> fromValue(String value) {
        return Arrays.stream(values())
                .filter(v -> v.value.equalsIgnoreCase(value))
                .findFirst();
    }
}
