package dev.grantry.web.oauth;

import java.util.Locale;

/** Reads the token of an {@code Authorization: Bearer} header (RFC 6750 §2.1). */
public final class BearerCredentials {

    private static final String SCHEME = "bearer ";

    private BearerCredentials() {}

    /** The token, or {@code null} when the header is missing or not a Bearer one. */
    public static String token(String authorizationHeader) {
        if (authorizationHeader == null
                || authorizationHeader.length() <= SCHEME.length()
                || !authorizationHeader
                        .substring(0, SCHEME.length())
                        .toLowerCase(Locale.ROOT)
                        .equals(SCHEME)) {
            return null;
        }
        String token = authorizationHeader.substring(SCHEME.length()).trim();
        return token.isEmpty() ? null : token;
    }
}
