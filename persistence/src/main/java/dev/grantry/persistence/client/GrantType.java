package dev.grantry.persistence.client;

import java.util.Arrays;
import java.util.Optional;

/**
 * The grant types (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4">§4</a>, §6) an application
 * may be allowed, each by its {@code grant_type} value.
 */
public enum GrantType {
    AUTHORIZATION_CODE("authorization_code"),
    REFRESH_TOKEN("refresh_token"),
    CLIENT_CREDENTIALS("client_credentials");

    private final String value;

    GrantType(String value) {
        this.value = value;
    }

    /** The name as it appears in the protocol (and in the database). */
    public String value() {
        return value;
    }

    public static Optional<GrantType> fromValue(String value) {
        return Arrays.stream(values()).filter(g -> g.value.equals(value)).findFirst();
    }
}
