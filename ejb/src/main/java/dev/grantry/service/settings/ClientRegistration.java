package dev.grantry.service.settings;

import java.util.Arrays;
import java.util.Optional;

/** The values of {@link Setting#CLIENT_REGISTRATION}: who may use the registration APIs. */
public enum ClientRegistration {
    /** Anyone. */
    OPEN("open"),
    /** Only a request carrying the initial access token (RFC 7591 §3). */
    INITIAL_TOKEN("initial-token"),
    /** Nobody; applications are registered on the settings page only. */
    OFF("off");

    private final String value;

    ClientRegistration(String value) {
        this.value = value;
    }

    static Optional<ClientRegistration> fromValue(String value) {
        return Arrays.stream(values())
                .filter(v -> v.value.equalsIgnoreCase(value))
                .findFirst();
    }
}
