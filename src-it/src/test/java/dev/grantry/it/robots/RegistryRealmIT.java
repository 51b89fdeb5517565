package dev.grantry.it.robots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import dev.grantry.it.support.Users;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The registry token service's answers over HTTP without a registry: bad requests are refused in OAuth's JSON form
 * (400, 401 with a Basic challenge), never with a server error, and the certificate bundle is served.
 */
@GrantryIT
class RegistryRealmIT {

    private static final String SERVICE = "registry.grantry.test";

    private final Server server;
    private final Users users;

    RegistryRealmIT(Server server, Users users) {
        this.server = server;
        this.users = users;
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private HttpResponse<String> get(String query, String authorization) {
        var request = server.request("/v2/auth" + query);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return server.send(request.build());
    }

    @Test
    void whenTheServiceIsMissingOrTheScopeMalformedThenInvalidRequest() {
        for (String query : new String[] {"", "?service=elsewhere", "?service=" + SERVICE + "&scope=repository:x"}) {
            HttpResponse<String> response = get(query, null);
            assertEquals(400, response.statusCode(), query);
            assertEquals("invalid_request", json(response).getString("error"), query);
            assertEquals(
                    "no-store", response.headers().firstValue("Cache-Control").orElse(""));
        }
    }

    @Test
    void whenTheCredentialsAreGarbledOrWrongThenUnauthorizedWithABasicChallenge() {
        String wrong = "Basic " + Base64.getEncoder().encodeToString("nobody:nothing".getBytes(StandardCharsets.UTF_8));
        for (String authorization : new String[] {"Basic %%%", "Bearer x", wrong}) {
            HttpResponse<String> response = get("?service=" + SERVICE + "&scope=repository:a/b:pull", authorization);
            assertEquals(401, response.statusCode(), authorization);
            assertTrue(
                    response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm="));
        }
    }

    @Test
    void whenAnonymousThenATokenWithNoAccess() {
        HttpResponse<String> response = get("?service=" + SERVICE + "&scope=repository:a/b:pull", null);

        assertEquals(200, response.statusCode(), response.body());
        JsonObject claims = claims(json(response).getString("token"));
        assertEquals("[]", claims.getJsonArray("access").toString());
        assertEquals(SERVICE, claims.getString("aud"));
        assertEquals(server.url(""), claims.getString("iss"));
    }

    @Test
    void whenTheOAuth2FormAsksForAnotherGrantThenUnsupportedGrantType() {
        HttpResponse<String> response = server.postForm(
                "/v2/auth", Map.of("grant_type", "client_credentials", "service", SERVICE, "client_id", "docker"));

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("unsupported_grant_type", json(response).getString("error"));
    }

    /** What docker login does: a password once with access_type=offline, then its identity token (refresh token). */
    @Test
    void whenAUserSignsInOfflineThenTheRefreshTokenGetsTokensForItsClientUntilTheUserIsDisabled() {
        String alice = users.create("alice");
        HttpResponse<String> login = server.postForm(
                "/v2/auth",
                Map.of(
                        "grant_type",
                        "password",
                        "service",
                        SERVICE,
                        "client_id",
                        "docker",
                        "access_type",
                        "offline",
                        "username",
                        alice,
                        "password",
                        Users.PASSWORD,
                        "scope",
                        "repository:" + alice + "/app:pull"));
        assertEquals(200, login.statusCode(), login.body());
        String refreshToken = json(login).getString("refresh_token");

        String scope = "repository:" + alice + "/app:pull,push";
        HttpResponse<String> refreshed = refresh(refreshToken, "docker", scope);
        assertEquals(200, refreshed.statusCode(), refreshed.body());
        JsonObject claims = claims(json(refreshed).getString("access_token"));
        assertEquals(alice, claims.getString("sub"));
        JsonObject access = claims.getJsonArray("access").getJsonObject(0);
        assertEquals(1, claims.getJsonArray("access").size());
        assertEquals(alice + "/app", access.getString("name"));
        assertEquals("[\"pull\",\"push\"]", access.getJsonArray("actions").toString());

        HttpResponse<String> otherClient = refresh(refreshToken, "podman", scope);
        assertEquals(400, otherClient.statusCode(), otherClient.body());
        assertEquals("invalid_grant", json(otherClient).getString("error"));
        users.disable(alice);
        HttpResponse<String> disabled = refresh(refreshToken, "docker", scope);
        assertEquals(400, disabled.statusCode(), disabled.body());
        assertEquals("invalid_grant", json(disabled).getString("error"));
    }

    @Test
    void whenTheCertificatesAreAskedForThenOnePemCertificatePerPublishedKey() {
        HttpResponse<String> response = server.get("/v2/auth/certs.pem");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().startsWith("-----BEGIN CERTIFICATE-----\n"), response.body());
        assertTrue(response.body().endsWith("-----END CERTIFICATE-----\n"), response.body());
    }

    private HttpResponse<String> refresh(String refreshToken, String clientId, String scope) {
        return server.postForm(
                "/v2/auth",
                Map.of(
                        "grant_type", "refresh_token",
                        "service", SERVICE,
                        "client_id", clientId,
                        "refresh_token", refreshToken,
                        "scope", scope));
    }

    /** The claims of a registry token (a JWT), as the registry reads them. */
    private static JsonObject claims(String token) {
        String payload = token.split("\\.")[1];
        return Json.createReader(
                        new StringReader(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)))
                .readObject();
    }
}
