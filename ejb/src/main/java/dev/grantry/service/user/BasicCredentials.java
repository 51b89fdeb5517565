package dev.grantry.service.user;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The user id and password of an {@code Authorization: Basic} header (RFC 7617 §2). */
public record BasicCredentials(String userId, String password) {

    private static final String SCHEME = "basic ";

    /** The credentials, or empty when the header is missing, of another scheme, not Base64 or without a colon. */
    public static Optional<BasicCredentials> parse(String authorization) {
        if (authorization == null
                || authorization.length() <= SCHEME.length()
                || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(
                    Base64.getDecoder()
                            .decode(authorization.substring(SCHEME.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0
                ? Optional.empty()
                : Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }
}
