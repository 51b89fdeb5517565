package dev.grantry.it.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.Clients;
import dev.grantry.it.support.Clients.Client;
import dev.grantry.it.support.CodeFlow;
import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import dev.grantry.it.support.ServerLog;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Oversized and malformed input gets the protocol's own 400 or 401, never a 500 or a stack trace in the log. */
@GrantryIT
class MalformedInputIT {

    private static final int DEPTH = 10_000;
    /** As deep as a bearer token within an HTTP server's header limit (8 KB) can be. */
    private static final int HEADER_DEPTH = 800;

    private static final String HEADER = "{\"alg\":\"RS256\",\"typ\":\"at+jwt\",\"kid\":\"k\"}";
    private static final HttpClient HTTP_1_1 = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final Server server;
    private final ServerLog log;

    MalformedInputIT(Server server, ServerLog log) {
        this.server = server;
        this.log = log;
    }

    @Test
    void whenTheClientNameIs100KilobytesThenInvalidClientMetadataAtBothRegistrationEndpoints() {
        String name = "n".repeat(100 * 1024);
        HttpResponse<String> json = server.send(server.request("/oauth/register")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"client_name\":\"" + name + "\",\"redirect_uris\":[\"https://app.example/cb\"]}"))
                .build());
        HttpResponse<String> gancio =
                server.postForm("/api/client", Map.of("client_name", name, "redirect_uris", "https://app.example/cb"));

        for (HttpResponse<String> response : List.of(json, gancio)) {
            assertEquals(400, response.statusCode(), response.body());
            assertEquals("invalid_client_metadata", CodeFlow.json(response).getString("error"));
        }
    }

    @Test
    void whenContentFollowsTheClientMetadataThenInvalidClientMetadata() {
        HttpResponse<String> response = server.send(server.request("/oauth/register")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"client_name\":\"App\",\"redirect_uris\":[\"https://app.example/cb\"]} {\"x\":1}"))
                .build());

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("invalid_client_metadata", CodeFlow.json(response).getString("error"));
    }

    @Test
    void whenAJwtIsNested10000LevelsDeepThenInactiveAndTheBearerHeaderIsRefusedWithoutServerError() throws Exception {
        Client client = Clients.confidential(server, "Nested JSON prober", "https://prober.example/cb");
        // 10,000 nested arrays in the payload: 27 KB, within the body limit, so revocation parses it.
        String token = part(HEADER) + "." + part(nestedArrays(DEPTH)) + ".c2ln";
        String before = log.text();

        HttpResponse<String> introspection = send(form("/oauth/introspect", client, token));
        HttpResponse<String> revocation = send(form("/oauth/revoke", client, token));
        // More than an HTTP server takes in a header: refused before Grantry, never with a 5xx.
        HttpResponse<String> user = send(userRequest(token));

        assertEquals(200, introspection.statusCode(), introspection.body());
        assertFalse(CodeFlow.json(introspection).getBoolean("active"));
        assertEquals(200, revocation.statusCode(), revocation.body());
        assertTrue(user.statusCode() >= 400 && user.statusCode() < 500, user.statusCode() + " " + user.body());
        assertNoStackTraceAfter(before);
    }

    @Test
    void whenABearerJwtIsNestedAsDeepAsAHeaderHoldsThenInvalidToken() throws Exception {
        String nestedHeader = "{\"a\":".repeat(HEADER_DEPTH) + "1" + "}".repeat(HEADER_DEPTH);
        for (String token : List.of(
                part(nestedHeader) + "." + part("{\"jti\":\"j\"}") + ".c2ln",
                part(HEADER) + "." + part(nestedArrays(HEADER_DEPTH)) + ".c2ln")) {
            String before = log.text();

            HttpResponse<String> user = send(userRequest(token));

            assertEquals(401, user.statusCode(), user.body());
            assertEquals("invalid_token", CodeFlow.json(user).getString("error"));
            assertNoStackTraceAfter(before);
        }
    }

    /**
     * Sends over HTTP/1.1: the test client's HTTP/2 upgrade is reset by the server for headers this large, which
     * would hide Grantry's answer.
     */
    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP_1_1.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest userRequest(String token) {
        return server.request("/api/v1/user")
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
    }

    private void assertNoStackTraceAfter(String before) {
        String logged = log.text().substring(before.length());
        assertFalse(logged.contains("Exception") || logged.contains("\tat "), logged);
    }

    private HttpRequest form(String path, Client client, String token) {
        return server.request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", client.basicAuthorization())
                .POST(HttpRequest.BodyPublishers.ofString(Server.formBody(Map.of("token", token))))
                .build();
    }

    private static String nestedArrays(int depth) {
        return "{\"jti\":\"j\",\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
    }

    private static String part(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
