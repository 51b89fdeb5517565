package dev.grantry.web.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;

/** The JSON that an endpoint or mapper wrote into a response's entity, parsed back to check it member by member. */
public final class JsonBodies {

    private JsonBodies() {
    }

    public static JsonObject of(Response response) {
        return parse((String) response.getEntity());
    }

    public static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
