package dev.grantry.web.oauth;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads a JSON request body as text, refusing other content types and bodies over {@link #MAX_BYTES}. */
final class RequestBodies {

    static final int MAX_BYTES = 64 * 1024;
    private static final long MAX_DRAINED = 4L * 1024 * 1024;

    private RequestBodies() {
    }

    /**
     * The body as UTF-8 text.
     *
     * @throws OAuthException {@code invalid_client_metadata} for another content type or an oversized body
     */
    static String json(String contentType, InputStream body) {
        if (!isJson(contentType)) {
            throw invalid("Send the client metadata as application/json.");
        }
        try {
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                drain(body);
                throw invalid("The request body is larger than " + MAX_BYTES / 1024 + " KB.");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw invalid("The request body could not be read.");
        }
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.valueOf(contentType);
            return "application".equalsIgnoreCase(type.getType()) && "json".equalsIgnoreCase(type.getSubtype());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Reads the rest of an oversized body (up to a bound), so that the client gets to read the answer. */
    private static void drain(InputStream body) throws IOException {
        try (InputStream rest = body) {
            long left = MAX_DRAINED;
            byte[] buffer = new byte[8192];
            int read;
            while (left > 0 && (read = rest.read(buffer)) != -1) {
                left -= read;
            }
        }
    }

    private static OAuthException invalid(String description) {
        return new OAuthException(OAuthError.INVALID_CLIENT_METADATA, description);
    }
}
