package dev.grantry.persistence.client;

import java.util.Arrays;
import java.util.Optional;

/** How a client authenticates at the token endpoint (RFC 7591 §2 {@code token_endpoint_auth_method}). */
public enum TokenEndpointAuthMethod {
    CLIENT_SECRET_BASIC("client_secret_basic"),
    CLIENT_SECRET_POST("client_secret_post"),
    NONE("none");

    private final String value;

    TokenEndpointAuthMethod(String value) {
        this.value = value;
    }

    /** The name as it appears in the protocol. */
    public String value() {
        return value;
    }

    public static Optional<TokenEndpointAuthMethod> fromValue(String value) {
        return Arrays.stream(values()).filter(m -> m.value.equals(value)).findFirst();
    }
}
