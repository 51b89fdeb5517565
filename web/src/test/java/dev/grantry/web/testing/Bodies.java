package dev.grantry.web.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/** Request bodies as endpoints receive them, and the JSON that endpoints and mappers answer, parsed back. */
public final class Bodies {

    private Bodies() {}

    /** {@code text} as a request body in UTF-8. */
    public static InputStream of(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The JSON object in the response's entity, to check it member by member. */
    public static JsonObject json(Response response) {
        return json((String) response.getEntity());
    }

    public static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
