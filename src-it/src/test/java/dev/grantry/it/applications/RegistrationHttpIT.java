package dev.grantry.it.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** RFC 7591 registration, RFC 7592 management and Gancio's {@code /api/client}, over HTTP. */
@GrantryIT
class RegistrationHttpIT {

    private static final String CONFIDENTIAL = """
            {"client_name": "Quay", "redirect_uris": ["https://quay.example/oauth2/callback"],
             "grant_types": ["authorization_code", "refresh_token"], "response_types": ["code"],
             "token_endpoint_auth_method": "client_secret_basic", "scope": "repo:read user:read",
             "client_uri": "https://quay.example", "software_id": "ignored-unknown-field"}""";

    private final Server server;

    RegistrationHttpIT(Server server) {
        this.server = server;
    }

    @Test
    void whenConfidentialClientRegistersThen201WithSecretTokenAndMetadata() {
        HttpResponse<String> response = register(CONFIDENTIAL);

        assertEquals(201, response.statusCode(), response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        JsonObject json = json(response);
        String clientId = json.getString("client_id");
        assertTrue(clientId.length() >= 32, clientId);
        assertTrue(Base64.getUrlDecoder().decode(json.getString("client_secret")).length >= 32, "≥ 256 bits");
        assertEquals(0, json.getInt("client_secret_expires_at"));
        assertTrue(json.getJsonNumber("client_id_issued_at").longValue() > 1_700_000_000L);
        assertFalse(json.getString("registration_access_token").isBlank());
        assertEquals(
                "http://127.0.0.1:" + System.getProperty("it.port") + "/oauth/register/" + clientId,
                json.getString("registration_client_uri"));
        assertEquals("Quay", json.getString("client_name"));
        assertEquals("https://quay.example", json.getString("client_uri"));
        assertEquals(
                "https://quay.example/oauth2/callback",
                json.getJsonArray("redirect_uris").getString(0));
        assertEquals(
                Set.of("authorization_code", "refresh_token"),
                Set.copyOf(json.getJsonArray("grant_types").getValuesAs(jakarta.json.JsonString::getString)));
        assertEquals("code", json.getJsonArray("response_types").getString(0));
        assertEquals("client_secret_basic", json.getString("token_endpoint_auth_method"));
        assertEquals("repo:read user:read", json.getString("scope"));
        assertFalse(json.containsKey("software_id"));
    }

    @Test
    void whenPublicClientRegistersThenNoSecret() {
        HttpResponse<String> response = register("""
                {"client_name": "CLI", "redirect_uris": ["http://127.0.0.1/callback", "com.example.cli:/cb"],
                 "token_endpoint_auth_method": "none", "scope": "openid"}""");

        assertEquals(201, response.statusCode(), response.body());
        JsonObject json = json(response);
        assertFalse(json.containsKey("client_secret"));
        assertFalse(json.containsKey("client_secret_expires_at"));
        assertEquals("none", json.getString("token_endpoint_auth_method"));
        assertEquals(2, json.getJsonArray("redirect_uris").size());
        assertEquals("authorization_code", json.getJsonArray("grant_types").getString(0));
    }

    @Test
    void whenRedirectUriBreaksAnyRuleThenInvalidRedirectUriAndNothingCreated() {
        for (String uri : new String[] {
            "/relative",
            "https://app.example/cb#frag",
            "http://app.example/cb",
            "https://*.example.com/cb",
            "javascript:alert(1)",
            "myapp:/cb",
            "https:///cb",
            "not a uri"
        }) {
            HttpResponse<String> response = register(Json.createObjectBuilder()
                    .add("client_name", "Bad " + uri)
                    .add(
                            "redirect_uris",
                            Json.createArrayBuilder()
                                    .add("https://ok.example/cb")
                                    .add(uri))
                    .build()
                    .toString());

            assertEquals(400, response.statusCode(), uri + ": " + response.body());
            assertEquals("invalid_redirect_uri", json(response).getString("error"), uri);
            assertFalse(json(response).getString("error_description").isBlank());
        }
    }

    @Test
    void whenNoRedirectUriForAuthorizationCodeThenInvalidRedirectUri() {
        HttpResponse<String> response = register("{\"client_name\": \"No redirect\"}");

        assertEquals(400, response.statusCode());
        assertEquals("invalid_redirect_uri", json(response).getString("error"));
    }

    @Test
    void whenMetadataInvalidThenInvalidClientMetadata() {
        for (String body : new String[] {
            "{\"client_name\": \"x\", \"redirect_uris\": [\"https://a.example/cb\"], \"scope\": \"no:such\"}",
            "{\"client_name\": \"x\", \"redirect_uris\": [\"https://a.example/cb\"], \"grant_types\": [\"password\"]}",
            "{\"client_name\": \"x\", \"redirect_uris\": [\"https://a.example/cb\"], \"response_types\": [\"token\"]}",
            "{\"client_name\": \"x\", \"redirect_uris\": \"https://a.example/cb\"}",
            "{\"client_name\": 42, \"redirect_uris\": [\"https://a.example/cb\"]}",
            "{\"client_name\": \"x\", \"redirect_uris\": [\"https://a.example/cb\"], "
                    + "\"token_endpoint_auth_method\": \"private_key_jwt\"}",
            "{\"client_name\": \"x\", \"grant_types\": [\"client_credentials\"], "
                    + "\"token_endpoint_auth_method\": \"none\"}",
            "{\"redirect_uris\": [\"https://a.example/cb\"]}",
            "{\"client_name\": \"" + "n".repeat(201) + "\", \"redirect_uris\": [\"https://a.example/cb\"]}",
            "{not json",
            "[]",
            "\"text\"",
            ""
        }) {
            HttpResponse<String> response = register(body);

            assertEquals(400, response.statusCode(), body + " → " + response.body());
            assertEquals("invalid_client_metadata", json(response).getString("error"), body);
        }
    }

    @Test
    void whenContentTypeNotJsonThen400WithJsonError() {
        HttpResponse<String> response = server.send(server.request("/oauth/register")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(CONFIDENTIAL))
                .build());

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("invalid_client_metadata", json(response).getString("error"));
    }

    @Test
    void whenClientNameIsOneMegabyteThen400AndNothingCreated() {
        String huge =
                "{\"client_name\": \"" + "x".repeat(1024 * 1024) + "\", \"redirect_uris\": [\"https://a.example/cb\"]}";

        HttpResponse<String> response = register(huge);

        assertEquals(400, response.statusCode());
        assertEquals("invalid_client_metadata", json(response).getString("error"));
        assertTrue(response.body().length() < 500, "the error does not echo the input");
    }

    @Test
    void whenScriptInNameThenStoredAndReturnedAsPlainJsonText() {
        HttpResponse<String> response = register("""
                {"client_name": "<script>alert(1)</script>", "redirect_uris": ["https://a.example/cb"]}""");

        assertEquals(201, response.statusCode(), response.body());
        assertEquals(
                "application/json",
                response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("<script>alert(1)</script>", json(response).getString("client_name"));
    }

    @Test
    void whenReadWithRegistrationTokenThenMetadataWithoutSecret() {
        JsonObject registered = json(register(CONFIDENTIAL));

        HttpResponse<String> response = server.send(server.request(managementPath(registered))
                .header("Authorization", "Bearer " + registered.getString("registration_access_token"))
                .GET()
                .build());

        assertEquals(200, response.statusCode(), response.body());
        JsonObject json = json(response);
        assertEquals(registered.getString("client_id"), json.getString("client_id"));
        assertEquals("Quay", json.getString("client_name"));
        assertFalse(json.containsKey("client_secret"), "the secret is never shown again");
        assertFalse(response.body().contains(registered.getString("client_secret")));
    }

    @Test
    void whenTokenMissingOrWrongThen401AndNothingChanges() {
        JsonObject registered = json(register(CONFIDENTIAL));
        String path = managementPath(registered);
        String otherToken = json(register(CONFIDENTIAL)).getString("registration_access_token");

        for (String authorization : new String[] {
            null, "Bearer wrong", "Bearer " + otherToken, "Basic " + registered.getString("registration_access_token")
        }) {
            HttpRequest.Builder get = server.request(path).GET();
            HttpRequest.Builder put = server.request(path)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(update(registered, "Hacked")));
            HttpRequest.Builder delete = server.request(path).DELETE();
            for (HttpRequest.Builder request : new HttpRequest.Builder[] {get, put, delete}) {
                if (authorization != null) {
                    request.header("Authorization", authorization);
                }
                HttpResponse<String> response = server.send(request.build());
                assertEquals(401, response.statusCode(), authorization + " " + response.body());
                assertEquals("invalid_token", json(response).getString("error"));
            }
        }
        assertEquals("Quay", json(read(registered)).getString("client_name"));
    }

    @Test
    void whenUpdatedWithTokenThenMetadataReplaced() {
        JsonObject registered = json(register(CONFIDENTIAL));

        HttpResponse<String> response = server.send(server.request(managementPath(registered))
                .header("Authorization", "Bearer " + registered.getString("registration_access_token"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(update(registered, "Quay renamed")))
                .build());

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("Quay renamed", json(response).getString("client_name"));
        JsonObject read = json(read(registered));
        assertEquals("Quay renamed", read.getString("client_name"));
        assertEquals(
                "https://quay.example/new", read.getJsonArray("redirect_uris").getString(0));
        assertEquals("repo:write", read.getString("scope"));
        assertFalse(read.containsKey("client_secret"));
    }

    @Test
    void whenUpdateInvalidOrForAnotherClientIdThen400AndUnchanged() {
        JsonObject registered = json(register(CONFIDENTIAL));
        String token = "Bearer " + registered.getString("registration_access_token");
        String badUri = update(registered, "Renamed").replace("https://quay.example/new", "http://quay.example/");
        String otherId = update(registered, "Renamed").replace(registered.getString("client_id"), "someone-else");

        HttpResponse<String> invalid = server.send(server.request(managementPath(registered))
                .header("Authorization", token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(badUri))
                .build());
        HttpResponse<String> mismatch = server.send(server.request(managementPath(registered))
                .header("Authorization", token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(otherId))
                .build());

        assertEquals(400, invalid.statusCode());
        assertEquals("invalid_redirect_uri", json(invalid).getString("error"));
        assertEquals(400, mismatch.statusCode());
        assertEquals("invalid_client_metadata", json(mismatch).getString("error"));
        assertEquals("Quay", json(read(registered)).getString("client_name"));
    }

    @Test
    void whenDeletedWithTokenThen204AndGone() {
        JsonObject registered = json(register(CONFIDENTIAL));

        HttpResponse<String> response = server.send(server.request(managementPath(registered))
                .header("Authorization", "Bearer " + registered.getString("registration_access_token"))
                .DELETE()
                .build());

        assertEquals(204, response.statusCode(), response.body());
        assertEquals(401, read(registered).statusCode());
    }

    @Test
    void whenGancioClientCreatedThenExactlyGancioShape() {
        HttpResponse<String> response = server.postForm(
                "/api/client",
                Map.of(
                        "client_name", "Wordpress Event Manager",
                        "redirect_uris", "https://noblogs.org/",
                        "website", "https://myapp.example"));

        assertEquals(200, response.statusCode(), response.body());
        JsonObject json = json(response);
        assertEquals(Set.of("name", "scopes", "website", "client_secret", "redirect_uris", "client_id"), json.keySet());
        assertEquals("Wordpress Event Manager", json.getString("name"));
        assertEquals("event:write", json.getString("scopes"));
        assertEquals("https://myapp.example", json.getString("website"));
        assertEquals("https://noblogs.org/", json.getString("redirect_uris"));
        assertTrue(json.getString("client_secret").length() >= 43);
        assertNotEquals(json.getString("client_id"), json.getString("client_secret"));
    }

    @Test
    void whenGancioClientAsksForScopesThenThoseAreAllowed() {
        HttpResponse<String> response = server.postForm(
                "/api/client",
                Map.of(
                        "client_name",
                        "Calendar",
                        "redirect_uris",
                        "https://cal.example/cb",
                        "scopes",
                        "event:write openid"));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("event:write openid", json(response).getString("scopes"));
    }

    @Test
    void whenGancioClientInvalidThen400JsonError() {
        HttpResponse<String> badUri = server.postForm(
                "/api/client", Map.of("client_name", "Calendar", "redirect_uris", "http://cal.example/cb"));
        HttpResponse<String> badScope = server.postForm(
                "/api/client",
                Map.of("client_name", "Calendar", "redirect_uris", "https://cal.example/cb", "scopes", "root"));
        HttpResponse<String> hugeName = server.postForm(
                "/api/client",
                Map.of("client_name", "x".repeat(1024 * 1024), "redirect_uris", "https://cal.example/cb"));

        assertEquals(400, badUri.statusCode());
        assertEquals("invalid_redirect_uri", json(badUri).getString("error"));
        assertEquals(400, badScope.statusCode());
        assertEquals("invalid_client_metadata", json(badScope).getString("error"));
        assertEquals(400, hugeName.statusCode());
        assertEquals("invalid_client_metadata", json(hugeName).getString("error"));
    }

    private HttpResponse<String> register(String body) {
        return server.send(server.request("/oauth/register")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private HttpResponse<String> read(JsonObject registered) {
        return server.send(server.request(managementPath(registered))
                .header("Authorization", "Bearer " + registered.getString("registration_access_token"))
                .GET()
                .build());
    }

    private String managementPath(JsonObject registered) {
        String uri = registered.getString("registration_client_uri");
        return uri.substring(uri.indexOf("/oauth/register/"));
    }

    private static String update(JsonObject registered, String name) {
        return Json.createObjectBuilder()
                .add("client_id", registered.getString("client_id"))
                .add("client_name", name)
                .add("redirect_uris", Json.createArrayBuilder().add("https://quay.example/new"))
                .add("grant_types", Json.createArrayBuilder().add("authorization_code"))
                .add("scope", "repo:write")
                .build()
                .toString();
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
