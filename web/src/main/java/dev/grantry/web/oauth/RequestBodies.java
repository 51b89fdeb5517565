package dev.grantry.web.oauth;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The one reader of request bodies that endpoints read themselves: of an expected media type, at most
 * {@link #MAX_BYTES}, as UTF-8 text. Whatever is wrong is the endpoint's own OAuth error, never a server error.
 */
final class RequestBodies {

    static final int MAX_BYTES = 64 * 1024;
    /** How much of an oversized body is read on and discarded at most, so that a huge one cannot tie us up. */
    static final long MAX_DRAINED = 4L * 1024 * 1024;

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";

    private RequestBodies() {}

    /**
     * The parameters of a token, revocation or introspection request (RFC 6749
     * <a href="https://www.rfc-editor.org/rfc/rfc6749#section-3.2">§3.2</a>): a form, or a flat JSON object as
     * Gitea's clients send.
     *
     * @throws OAuthException {@code invalid_request} for another media type, an oversized or malformed body, or a
     *         repeated parameter
     */
    static Map<String, String> parameters(String contentType, InputStream body) {
        String mediaType = mediaType(contentType);
        if (!mediaType.equals(FORM) && !mediaType.equals(JSON)) {
            throw new OAuthException(OAuthError.INVALID_REQUEST, "The body must be " + FORM + " or " + JSON + ".");
        }
        String text = text(body, OAuthError.INVALID_REQUEST);
        return mediaType.equals(FORM) ? BodyParameters.form(text) : BodyParameters.json(text);
    }

    /**
     * A JSON body: client metadata (RFC 7591 <a href="https://www.rfc-editor.org/rfc/rfc7591#section-3.1">§3.1</a>).
     *
     * @throws OAuthException {@code invalid_client_metadata} for another media type or an oversized body
     */
    static String json(String contentType, InputStream body) {
        if (!mediaType(contentType).equals(JSON)) {
            throw new OAuthException(OAuthError.INVALID_CLIENT_METADATA, "Send the client metadata as " + JSON + ".");
        }
        return text(body, OAuthError.INVALID_CLIENT_METADATA);
    }

    /** The media type without parameters, in lower case; empty when there is none. */
    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    private static String text(InputStream body, OAuthError error) {
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                drain(body);
                throw new OAuthException(error, "The request body is larger than " + MAX_BYTES / 1024 + " KB.");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OAuthException(error, "The request body could not be read.");
        }
    }

    /** Reads on (up to a bound) past an oversized body, so that the client gets to read the answer. */
    private static void drain(InputStream body) throws IOException {
        long left = MAX_DRAINED;
        byte[] buffer = new byte[8192];
        int read;
        while (left > 0 && (read = body.read(buffer)) != -1) {
            left -= read;
        }
    }
}
