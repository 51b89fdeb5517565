package dev.grantry.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A confidential client registered through RFC 7591 for the {@code client_credentials} grant, as a service that calls
 * APIs for itself registers: the quickest way for a test to hold a real Grantry access token.
 */
public record ConfidentialClient(Server server, String clientId, String clientSecret) {

    /** Registers a client allowed {@code scope} (space-delimited). */
    public static ConfidentialClient register(Server server, String name, String scope) {
        String metadata = Json.createObjectBuilder()
                .add("client_name", name)
                .add("grant_types", Json.createArrayBuilder().add("client_credentials"))
                .add("token_endpoint_auth_method", "client_secret_basic")
                .add("scope", scope)
                .build().toString();
        HttpResponse<String> response = server.send(server.request("/oauth/register")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(metadata)).build());
        JsonObject registered = json(expect(201, response));
        return new ConfidentialClient(server, registered.getString("client_id"),
                registered.getString("client_secret"));
    }

    /** A {@code client_credentials} access token with every scope the client is registered for. */
    public String accessToken() {
        String basic = Base64.getEncoder()
                .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = server.send(server.request("/oauth/token")
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        Server.formBody(Map.of("grant_type", "client_credentials"))))
                .build());
        return json(expect(200, response)).getString("access_token");
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new AssertionError("Expected " + status + " from " + response.uri() + ", got "
                    + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
