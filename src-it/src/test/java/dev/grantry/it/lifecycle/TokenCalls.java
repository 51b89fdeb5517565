package dev.grantry.it.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grantry.it.support.Clients.Client;
import dev.grantry.it.support.CodeFlow;
import dev.grantry.it.support.Server;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The calls the lifecycle tests make: tokens by code flow or client credentials, revocation, introspection, API. */
final class TokenCalls {

    private final Server server;
    private final CodeFlow flow;

    TokenCalls(Server server, CodeFlow flow) {
        this.server = server;
        this.flow = flow;
    }

    /** Access and refresh token for the flow's user, through the browser and the token endpoint. */
    JsonObject authorize(Client client, String scope) {
        HttpResponse<String> response = flow.redeem(client, flow.code(client, scope, null), client.redirectUri(), null);
        assertEquals(200, response.statusCode(), response.body());
        return CodeFlow.json(response);
    }

    /** A client_credentials access token of {@code client}. */
    String clientToken(Client client, String scope) {
        HttpResponse<String> response =
                flow.tokenRequest(client, form("grant_type", "client_credentials", "scope", scope));
        assertEquals(200, response.statusCode(), response.body());
        return CodeFlow.json(response).getString("access_token");
    }

    HttpResponse<String> refresh(Client client, String refreshToken) {
        return flow.tokenRequest(client, form("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    HttpResponse<String> revoke(Client client, String token) {
        return flow.clientRequest("/oauth/revoke", client, form("token", token));
    }

    JsonObject introspect(Client client, String token) {
        HttpResponse<String> response = flow.clientRequest("/oauth/introspect", client, form("token", token));
        assertEquals(200, response.statusCode(), response.body());
        return CodeFlow.json(response);
    }

    /** Introspection as a resource server holding a bearer token with {@code token:introspect}. */
    JsonObject introspectAsResourceServer(String bearer, String token) {
        HttpResponse<String> response = server.send(server.request("/oauth/introspect")
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Server.formBody(form("token", token))))
                .build());
        assertEquals(200, response.statusCode(), response.body());
        return CodeFlow.json(response);
    }

    HttpResponse<String> api(String method, String path, String bearer) {
        var request = server.request(path).method(method, HttpRequest.BodyPublishers.noBody());
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return server.send(request.build());
    }

    static boolean active(JsonObject introspection) {
        return introspection.getBoolean("active");
    }

    /** A mutable form of name/value pairs. */
    static Map<String, String> form(String... namesAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    static List<String> codeGrants() {
        return List.of("authorization_code", "refresh_token");
    }
}
