package dev.grantry.web.oauth;

import static dev.grantry.web.JsonFactory.JSON;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The parameters of a request body that {@link RequestBodies} read: {@code application/x-www-form-urlencoded}, or a
 * flat JSON object. Each parameter at most once (RFC 6749 §3.2); anything malformed is {@code invalid_request}.
 */
final class BodyParameters {

    private BodyParameters() {}

    static Map<String, String> form(String body) {
        Map<String, String> values = new HashMap<>();
        for (String pair : body.split("&")) {
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

    static Map<String, String> json(String body) {
        Map<String, String> values = new HashMap<>();
        try (JsonParser parser = JSON.createParser(new StringReader(body))) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                throw invalid("The JSON body must be an object.");
            }
            for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
                String name = parser.getString();
                put(values, name, value(parser, parser.next()));
            }
            if (parser.hasNext()) {
                throw invalid("The JSON body has content after its object.");
            }
        } catch (JsonException | NoSuchElementException | IllegalStateException e) {
            throw invalid("The JSON body is malformed.");
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

    private static String value(JsonParser parser, JsonParser.Event event) {
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
