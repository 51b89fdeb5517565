package dev.grantry.service.authorize;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;

/** Proof Key for Code Exchange (<a href="https://www.rfc-editor.org/rfc/rfc7636">RFC 7636</a>). */
public final class Pkce {

    public static final String S256 = "S256";
    public static final String PLAIN = "plain";

    /** RFC 7636 §4.1 and §4.2: 43 to 128 unreserved characters, for the verifier and the challenge alike. */
    private static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");

    private Pkce() {}

    public static boolean isWellFormed(String verifierOrChallenge) {
        return verifierOrChallenge != null
                && SYNTAX.matcher(verifierOrChallenge).matches();
    }

    /**
     * Whether {@code verifier} answers {@code challenge} (RFC 7636
     * <a href="https://www.rfc-editor.org/rfc/rfc7636#section-4.6">§4.6</a>), compared in constant time.
     */
    public static boolean verify(String method, String challenge, String verifier) {
        if (!isWellFormed(verifier) || challenge == null) {
            return false;
        }
        String expected = switch (method) {
            case S256 -> s256(verifier);
            case PLAIN -> verifier;
            default -> null;
        };
        return expected != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), challenge.getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code BASE64URL(SHA256(ASCII(verifier)))}. */
    public static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
