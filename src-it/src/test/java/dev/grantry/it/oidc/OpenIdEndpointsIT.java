package dev.grantry.it.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.Clients;
import dev.grantry.it.support.CodeFlow;
import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Discovery 1.0, UserInfo's bearer-token errors (RFC 6750 §3) and Gitea's addresses, over plain HTTP. */
@GrantryIT
class OpenIdEndpointsIT {

    private final Server server;

    OpenIdEndpointsIT(Server server) {
        this.server = server;
    }

    @Test
    void whenTheOpenIdConfigurationIsAskedThenEveryRequiredFieldAndTheRfc8414DocumentIsTheSame() {
        HttpResponse<String> response = server.get("/.well-known/openid-configuration");

        assertEquals(200, response.statusCode());
        JsonObject configuration = CodeFlow.json(response);
        assertEquals("http://127.0.0.1:" + System.getProperty("it.port"), configuration.getString("issuer"));
        assertEquals(
                configuration.getString("issuer") + "/oauth/userinfo", configuration.getString("userinfo_endpoint"));
        assertEquals(List.of("public"), strings(configuration, "subject_types_supported"));
        assertEquals(List.of("RS256"), strings(configuration, "id_token_signing_alg_values_supported"));
        assertEquals(List.of("code"), strings(configuration, "response_types_supported"));
        assertTrue(strings(configuration, "scopes_supported").containsAll(List.of("openid", "profile", "email")));
        assertTrue(strings(configuration, "claims_supported")
                .containsAll(List.of("sub", "auth_time", "nonce", "preferred_username", "email")));
        assertFalse(configuration.getBoolean("request_uri_parameter_supported"));
        assertEquals(
                configuration.getString("issuer") + "/oauth/logout", configuration.getString("end_session_endpoint"));
        for (String field : List.of("authorization_endpoint", "token_endpoint", "jwks_uri", "registration_endpoint")) {
            assertTrue(configuration.containsKey(field), field);
        }
        assertEquals(configuration, CodeFlow.json(server.get("/.well-known/oauth-authorization-server")));
    }

    @Test
    void whenUserInfoGetsNoTokenThenABareBearerChallengeAtBothAddresses() {
        for (String path : List.of("/oauth/userinfo", "/login/oauth/userinfo")) {
            HttpResponse<String> response = server.get(path);

            assertEquals(401, response.statusCode(), path);
            assertEquals(
                    "Bearer realm=\"grantry\"",
                    response.headers().firstValue("WWW-Authenticate").orElse(null),
                    path);
        }
    }

    @Test
    void whenUserInfoGetsAnUnknownTokenThenInvalidTokenInTheChallenge() {
        HttpResponse<String> response = userInfo("Bearer not-a-token", "GET");

        assertEquals(401, response.statusCode());
        assertEquals(
                "Bearer realm=\"grantry\", error=\"invalid_token\"",
                response.headers().firstValue("WWW-Authenticate").orElse(null));
        assertEquals("invalid_token", CodeFlow.json(response).getString("error"));
    }

    @Test
    void whenUserInfoGetsATokenWithoutOpenidThenInsufficientScopeByGetAndPost() {
        String token = Clients.clientCredentialsToken(server, Clients.machine(server, "No OpenID", "repo:read"));

        for (String method : List.of("GET", "POST")) {
            HttpResponse<String> response = userInfo("Bearer " + token, method);

            assertEquals(403, response.statusCode(), method);
            assertEquals(
                    "Bearer realm=\"grantry\", error=\"insufficient_scope\"",
                    response.headers().firstValue("WWW-Authenticate").orElse(null));
        }
    }

    @Test
    void whenGiteasKeysAddressIsAskedThenTheSameKeySetAsTheJwksUri() {
        HttpResponse<String> gitea = server.get("/login/oauth/keys");

        assertEquals(200, gitea.statusCode());
        assertEquals(CodeFlow.json(server.get("/oauth/jwks")), CodeFlow.json(gitea));
    }

    private HttpResponse<String> userInfo(String authorization, String method) {
        HttpRequest.Builder request = server.request("/oauth/userinfo").header("Authorization", authorization);
        return server.send((method.equals("POST")
                        ? request.header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.noBody())
                        : request.GET())
                .build());
    }

    private static List<String> strings(JsonObject json, String name) {
        return json.getJsonArray(name).getValuesAs(JsonString::getString);
    }
}
