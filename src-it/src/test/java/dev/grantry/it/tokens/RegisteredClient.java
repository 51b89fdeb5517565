package dev.grantry.it.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grantry.it.support.Server;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A confidential client registered through the RFC 7591 endpoint, as any client would register. */
record RegisteredClient(String clientId, String secret) {

    static RegisteredClient register(Server server, String grantTypesJson, String scope) {
        return register(server, grantTypesJson, scope, "https://client.example/cb");
    }

    static RegisteredClient register(Server server, String grantTypesJson, String scope, String redirectUri) {
        String body = "{\"client_name\": \"Token IT\", \"grant_types\": " + grantTypesJson + ", "
                + "\"redirect_uris\": [\"" + redirectUri + "\"], \"scope\": \"" + scope + "\", "
                + "\"token_endpoint_auth_method\": \"client_secret_basic\"}";
        HttpResponse<String> response = server.send(server.request("/oauth/register")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals(201, response.statusCode(), response.body());
        JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
        return new RegisteredClient(json.getString("client_id"), json.getString("client_secret"));
    }

    /** The {@code Authorization} header of client_secret_basic (RFC 6749 §2.3.1: each part URL-encoded). */
    String basic() {
        String credentials = encode(clientId) + ":" + encode(secret);
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
