package dev.grantry.web.oauth;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads a token request body (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-3.2">§3.2</a>) into
 * its parameters: {@code application/x-www-form-urlencoded}, or a flat JSON object as Gitea's clients send.
 * The body is capped; anything malformed, too large, of another media type, or with a repeated parameter is
 * {@code invalid_request}.
 */
final class TokenRequestBody {

    static final int MAX_BYTES = 64 * 1024;
    private static final long MAX_DRAINED = 4L * 1024 * 1024;
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";

    private TokenRequestBody() {
    }

    static Map<String, String> read(String contentType, InputStream body) {
        String mediaType = contentType == null ? ""
                : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals(FORM) && !mediaType.equals(JSON)) {
            throw invalid("The body must be " + FORM + " or " + JSON + ".");
        }
        byte[] bytes = bytes(body);
        return mediaType.equals(FORM) ? form(bytes) : json(bytes);
    }

    private static byte[] bytes(InputStream body) {
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                drain(body);
                throw invalid("The body is larger than " + MAX_BYTES + " bytes.");
            }
            return bytes;
        } catch (IOException e) {
            throw invalid("The body could not be read.");
        }
    }

    /** Reads on (up to a bound) past an oversized body, so the client gets to read the answer. */
    private static void drain(InputStream body) throws IOException {
        long left = MAX_DRAINED;
        byte[] buffer = new byte[8192];
        int read;
        while (left > 0 && (read = body.read(buffer)) != -1) {
            left -= read;
        }
    }

    private static Map<String, String> form(byte[] bytes) {
        Map<String, String> values = new HashMap<>();
        for (String pair : new String(bytes, StandardCharsets.UTF_8).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            put(values, name, value);
        }
        return values;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid("The form body is not URL-encoded.");
        }
    }

    private static Map<String, String> json(byte[] bytes) {
        Map<String, String> values = new HashMap<>();
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(bytes))) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                throw invalid("The JSON body must be an object.");
            }
            for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT;
                    event = parser.next()) {
                String name = parser.getString();
                put(values, name, jsonValue(parser, parser.next()));
            }
            if (parser.hasNext()) {
                throw invalid("The JSON body has content after its object.");
            }
        } catch (JsonException | NoSuchElementException | IllegalStateException e) {
            throw invalid("The JSON body is malformed.");
        }
        return values;
    }

    private static String jsonValue(JsonParser parser, JsonParser.Event event) {
        return switch (event) {
            case VALUE_STRING, VALUE_NUMBER -> parser.getString();
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "";
            default -> throw invalid("The JSON body must be a flat object of strings.");
        };
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (values.putIfAbsent(name, value) != null) {
            throw invalid("The parameter " + name + " is repeated.");
        }
    }

    private static OAuthException invalid(String description) {
        return new OAuthException(OAuthError.INVALID_REQUEST, description);
    }
}
