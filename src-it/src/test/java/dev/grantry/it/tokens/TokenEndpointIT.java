package dev.grantry.it.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The token endpoint's errors (RFC 6749 §5.2) for requests that need no registered client: never a 5xx. */
@GrantryIT
class TokenEndpointIT {

    private static final List<String> ENDPOINTS = List.of("/oauth/token", "/login/oauth/access_token");

    private final Server server;

    TokenEndpointIT(Server server) {
        this.server = server;
    }

    @Test
    void whenGrantTypeUnknownThenUnsupportedGrantTypeOnBothPaths() {
        for (String path : ENDPOINTS) {
            HttpResponse<String> response = server.postForm(path, Map.of("grant_type", "password"));

            assertError(response, 400, "unsupported_grant_type");
            assertEquals(
                    "no-store", response.headers().firstValue("Cache-Control").orElseThrow());
            assertEquals("no-cache", response.headers().firstValue("Pragma").orElseThrow());
        }
    }

    @Test
    void whenGrantTypeMissingThenInvalidRequest() {
        assertError(server.postForm("/oauth/token", Map.of("client_id", "x")), 400, "invalid_request");
    }

    @Test
    void whenUnknownClientUsesBasicThenInvalidClientWithBasicChallenge() {
        for (String path : ENDPOINTS) {
            HttpResponse<String> response = post(
                    path,
                    "application/x-www-form-urlencoded",
                    "grant_type=client_credentials",
                    basic("no-such-client", "secret"));

            assertError(response, 401, "invalid_client");
            assertTrue(response.headers()
                    .firstValue("WWW-Authenticate")
                    .orElseThrow()
                    .startsWith("Basic"));
        }
    }

    @Test
    void whenUnknownClientPostsSecretThenInvalidClientWithoutChallenge() {
        HttpResponse<String> response = server.postForm(
                "/oauth/token",
                Map.of("grant_type", "client_credentials", "client_id", "no-such-client", "client_secret", "secret"));

        assertError(response, 401, "invalid_client");
        assertTrue(response.headers().firstValue("WWW-Authenticate").isEmpty());
    }

    @Test
    void whenNoClientIdentifiedThenInvalidClient() {
        assertError(server.postForm("/oauth/token", Map.of("grant_type", "client_credentials")), 401, "invalid_client");
    }

    @Test
    void whenBasicAndPostedSecretTogetherThenInvalidRequest() {
        HttpResponse<String> response = post(
                "/oauth/token",
                "application/x-www-form-urlencoded",
                "grant_type=client_credentials&client_secret=s",
                basic("c", "s"));

        assertError(response, 400, "invalid_request");
    }

    @Test
    void whenParameterRepeatedThenInvalidRequest() {
        HttpResponse<String> form = post(
                "/oauth/token",
                "application/x-www-form-urlencoded",
                "grant_type=client_credentials&grant_type=client_credentials",
                null);
        HttpResponse<String> json = post(
                "/oauth/token",
                "application/json",
                "{\"grant_type\":\"client_credentials\",\"grant_type\":\"refresh_token\"}",
                null);

        assertError(form, 400, "invalid_request");
        assertTrue(form.body().contains("grant_type"), form.body());
        assertError(json, 400, "invalid_request");
    }

    @Test
    void whenJsonBodyThenReadLikeAForm() {
        HttpResponse<String> response = post(
                "/login/oauth/access_token",
                "application/json; charset=utf-8",
                "{\"grant_type\":\"password\",\"client_id\":\"x\"}",
                null);

        assertError(response, 400, "unsupported_grant_type");
    }

    @Test
    void whenJsonMalformedThenInvalidRequest() {
        for (String body : List.of(
                "",
                "{",
                "[]",
                "\"text\"",
                "{\"grant_type\":",
                "{\"a\":{\"b\":1}}",
                "{\"a\":[1]}",
                "{} {}",
                "nul",
                "{\"grant_type\":\"client_credentials\"}x")) {
            assertError(post("/oauth/token", "application/json", body, null), 400, "invalid_request");
        }
    }

    @Test
    void whenFormMalformedThenInvalidRequest() {
        assertError(
                post("/oauth/token", "application/x-www-form-urlencoded", "grant_type=%zz", null),
                400,
                "invalid_request");
    }

    @Test
    void whenContentTypeUnsupportedOrMissingThenInvalidRequest() {
        assertError(post("/oauth/token", "text/plain", "grant_type=client_credentials", null), 400, "invalid_request");
        assertError(
                server.send(server.request("/oauth/token")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                        .build()),
                400,
                "invalid_request");
    }

    @Test
    void whenTokenEndpointRequestedWithGetThenInvalidRequestJson() {
        for (String path : ENDPOINTS) {
            assertError(server.get(path), 400, "invalid_request");
        }
    }

    @Test
    void whenBodyTooLargeThenInvalidRequest() {
        String body = "grant_type=client_credentials&pad=" + "a".repeat(1_000_000);

        assertError(post("/oauth/token", "application/x-www-form-urlencoded", body, null), 400, "invalid_request");
    }

    @Test
    void whenBasicCredentialsMalformedThenInvalidClient() {
        for (String header : List.of("Basic !!!", "Basic " + b64("no-colon"), "Bearer abc", "Basic")) {
            HttpResponse<String> response =
                    post("/oauth/token", "application/x-www-form-urlencoded", "grant_type=client_credentials", header);

            assertError(response, 401, "invalid_client");
        }
    }

    @Test
    void whenGarbageIsPostedThenNeverAServerError() {
        Random random = new Random(4);
        for (int i = 0; i < 40; i++) {
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            String type = i % 2 == 0 ? "application/json" : "application/x-www-form-urlencoded";
            HttpResponse<String> response = server.send(server.request(ENDPOINTS.get(i % 2))
                    .header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                    .build());

            assertTrue(
                    response.statusCode() >= 400 && response.statusCode() < 500,
                    () -> response.statusCode() + " " + response.body());
            assertTrue(json(response).containsKey("error"), response.body());
        }
    }

    @Test
    void whenMetadataRequestedThenEndpointsUnderTheIssuer() {
        HttpResponse<String> response = server.get("/.well-known/oauth-authorization-server");

        assertEquals(200, response.statusCode(), response.body());
        JsonObject metadata = json(response);
        String issuer = metadata.getString("issuer");
        assertEquals(server.url(""), issuer);
        assertEquals(issuer + "/oauth/authorize", metadata.getString("authorization_endpoint"));
        assertEquals(issuer + "/oauth/token", metadata.getString("token_endpoint"));
        assertEquals(issuer + "/oauth/jwks", metadata.getString("jwks_uri"));
        assertEquals(issuer + "/oauth/register", metadata.getString("registration_endpoint"));
        assertTrue(strings(metadata, "scopes_supported").contains("repo:read"));
        assertEquals(List.of("code"), strings(metadata, "response_types_supported"));
        assertTrue(
                strings(metadata, "grant_types_supported").containsAll(List.of("client_credentials", "refresh_token")));
        assertEquals(List.of("S256"), strings(metadata, "code_challenge_methods_supported"));
        assertEquals(
                List.of("client_secret_basic", "client_secret_post", "none"),
                strings(metadata, "token_endpoint_auth_methods_supported"));
        assertTrue(metadata.getBoolean("authorization_response_iss_parameter_supported"));
        assertEquals(server.url("/oauth/revoke"), metadata.getString("revocation_endpoint"));
        assertEquals(server.url("/oauth/introspect"), metadata.getString("introspection_endpoint"));
    }

    @Test
    void whenJwksRequestedThenTheActiveAndAtMostThePreviousPublicRs256SigningKey() throws Exception {
        HttpResponse<String> response = server.get("/oauth/jwks");

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/jwk-set+json"));
        var set = com.nimbusds.jose.jwk.JWKSet.parse(response.body());
        // The previous key too once an administrator has rotated them (JwksRotationBrowserIT, on the same server).
        assertTrue(set.getKeys().size() == 1 || set.getKeys().size() == 2, response.body());
        for (var key : set.getKeys()) {
            assertEquals("RSA", key.getKeyType().getValue());
            assertEquals("RS256", key.getAlgorithm().getName());
            assertEquals("sig", key.getKeyUse().getValue());
            assertFalse(key.getKeyID().isBlank());
            assertFalse(key.isPrivate());
            assertEquals(2048, key.size());
        }
    }

    @Test
    void whenJwksRequestedAsJsonThenServedAsJson() {
        HttpResponse<String> response = server.send(server.request("/oauth/jwks")
                .header("Accept", "application/json")
                .GET()
                .build());

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertFalse(json(response).getJsonArray("keys").isEmpty(), response.body());
    }

    private HttpResponse<String> post(String path, String contentType, String body, String authorization) {
        HttpRequest.Builder request = server.request(path)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return server.send(request.build());
    }

    private static String basic(String clientId, String secret) {
        return "Basic " + b64(clientId + ":" + secret);
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertError(HttpResponse<String> response, int status, String error) {
        assertEquals(status, response.statusCode(), response::body);
        assertTrue(
                response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"),
                response.headers()::toString);
        assertEquals(error, json(response).getString("error"), response.body());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }
}
