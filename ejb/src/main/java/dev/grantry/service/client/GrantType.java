package dev.grantry.service.client;

import java.util.Set;

/** The grant types (RFC 6749) an application may be allowed. */
public final class GrantType {

    public static final String AUTHORIZATION_CODE = "authorization_code";
    public static final String REFRESH_TOKEN = "refresh_token";
    public static final String CLIENT_CREDENTIALS = "client_credentials";

    static final Set<String> ALL = Set.of(AUTHORIZATION_CODE, REFRESH_TOKEN, CLIENT_CREDENTIALS);

    private GrantType() {
    }
}
