package dev.grantry.it.lifecycle;

import static dev.grantry.it.lifecycle.TokenCalls.active;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.Browser;
import dev.grantry.it.support.Callback;
import dev.grantry.it.support.Clients;
import dev.grantry.it.support.Clients.Client;
import dev.grantry.it.support.CodeFlow;
import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import dev.grantry.it.support.Users;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 7009 revocation and RFC 7662 introspection over real HTTP, with tokens from the real code flow. */
@GrantryIT
class RevocationAndIntrospectionIT {

    private static final String SCOPE = "repo:read user:read";

    private final Server server;
    private final Browser browser;
    private final Users users;
    private final Callback callback = new Callback();
    private TokenCalls calls;
    private Client client;
    private String username;

    RevocationAndIntrospectionIT(Server server, Browser browser, Users users) {
        this.server = server;
        this.browser = browser;
        this.users = users;
    }

    @BeforeEach
    void setUp() {
        username = users.create("rita");
        calls = new TokenCalls(server, new CodeFlow(server, browser, callback, username));
        client = Clients.register(
                server, "Revocation app", "client_secret_basic", SCOPE, TokenCalls.codeGrants(), callback.uri());
    }

    @AfterEach
    void tearDown() {
        callback.close();
    }

    @Test
    void whenAccessTokenIsLiveThenIntrospectionTellsEveryField() {
        JsonObject tokens = calls.authorize(client, SCOPE);

        JsonObject introspection = calls.introspect(client, tokens.getString("access_token"));

        assertTrue(active(introspection), introspection.toString());
        assertEquals(SCOPE, introspection.getString("scope"));
        assertEquals(client.clientId(), introspection.getString("client_id"));
        assertEquals(username, introspection.getString("username"));
        assertEquals(username, introspection.getString("sub"));
        assertEquals(server.url(""), introspection.getString("iss"));
        assertEquals(server.url(""), introspection.getString("aud"));
        assertEquals("Bearer", introspection.getString("token_type"));
        assertFalse(introspection.getString("jti").isEmpty());
        long now = System.currentTimeMillis() / 1000;
        assertTrue(introspection.getJsonNumber("iat").longValue() <= now + 5);
        assertTrue(introspection.getJsonNumber("exp").longValue() > now);
    }

    @Test
    void whenAccessTokenRevokedThenInactiveAndRefusedByTheApi() {
        String access = calls.authorize(client, SCOPE).getString("access_token");
        assertEquals(200, calls.api("GET", "/api/v1/user", access).statusCode());

        HttpResponse<String> revoked = calls.revoke(client, access);

        assertEquals(200, revoked.statusCode(), revoked.body());
        assertFalse(active(calls.introspect(client, access)));
        HttpResponse<String> api = calls.api("GET", "/api/v1/user", access);
        assertEquals(401, api.statusCode());
        assertTrue(api.headers().firstValue("WWW-Authenticate").orElseThrow().contains("error=\"invalid_token\""));
    }

    @Test
    void whenRefreshTokenRevokedThenItsAccessTokenIsRevokedTooAndItCannotRefresh() {
        JsonObject tokens = calls.authorize(client, SCOPE);
        String refresh = tokens.getString("refresh_token");

        assertEquals(200, calls.revoke(client, refresh).statusCode());

        assertFalse(active(calls.introspect(client, refresh)));
        assertFalse(active(calls.introspect(client, tokens.getString("access_token"))));
        HttpResponse<String> refreshed = calls.refresh(client, refresh);
        assertEquals(400, refreshed.statusCode());
        assertEquals("invalid_grant", CodeFlow.json(refreshed).getString("error"));
    }

    @Test
    void whenRefreshTokenIsLiveThenIntrospectionSaysSoUntilItIsRotated() {
        String refresh = calls.authorize(client, SCOPE).getString("refresh_token");

        JsonObject introspection = calls.introspect(client, refresh);
        assertTrue(active(introspection), introspection.toString());
        assertEquals("refresh_token", introspection.getString("token_type"));

        assertEquals(200, calls.refresh(client, refresh).statusCode());
        assertFalse(active(calls.introspect(client, refresh)), "a rotated refresh token is no longer active");
    }

    @Test
    void whenUnknownOrAlreadyRevokedTokenRevokedThenStill200() {
        assertEquals(200, calls.revoke(client, "no-such-token").statusCode());
        assertEquals(200, calls.revoke(client, "eyJhbGciOiJSUzI1NiJ9.e30.c2ln").statusCode());
        String access = calls.authorize(client, SCOPE).getString("access_token");
        assertEquals(200, calls.revoke(client, access).statusCode());
        assertEquals(200, calls.revoke(client, access).statusCode());
    }

    @Test
    void whenAnotherClientRevokesATokenThenNothingChanges() {
        String access = calls.authorize(client, SCOPE).getString("access_token");
        Client other = Clients.register(
                server, "Other app", "client_secret_basic", SCOPE, TokenCalls.codeGrants(), callback.uri());

        assertEquals(200, calls.revoke(other, access).statusCode());

        assertTrue(active(calls.introspect(client, access)));
    }

    @Test
    void whenRevokingWithoutClientAuthenticationThenInvalidClient() {
        HttpResponse<String> response = server.postForm("/oauth/revoke", TokenCalls.form("token", "anything"));

        assertEquals(401, response.statusCode(), response.body());
        assertEquals("invalid_client", CodeFlow.json(response).getString("error"));
    }

    @Test
    void whenTokenMalformedUnknownOrAnotherClientsThenInactive() {
        String access = calls.authorize(client, SCOPE).getString("access_token");
        Client other = Clients.register(
                server, "Curious app", "client_secret_basic", SCOPE, TokenCalls.codeGrants(), callback.uri());

        assertEquals(
                List.of("active"),
                List.copyOf(calls.introspect(client, "not a token").keySet()));
        assertFalse(active(calls.introspect(client, "a.b.c")));
        assertFalse(
                active(calls.introspect(client, access.substring(0, access.length() - 4) + "AAAA")),
                "a token with a forged signature");
        assertFalse(active(calls.introspect(other, access)), "a client learns only about its own tokens");
    }

    @Test
    void whenResourceServerHoldsTheIntrospectionScopeThenItLearnsAboutAnyClientsToken() {
        String access = calls.authorize(client, SCOPE).getString("access_token");
        Client resourceServer = Clients.registerAsAdministrator(
                server,
                "Resource server",
                "client_secret_basic",
                "token:introspect",
                List.of("client_credentials"),
                callback.uri());
        String bearer = calls.clientToken(resourceServer, "token:introspect");

        JsonObject introspection = calls.introspectAsResourceServer(bearer, access);

        assertTrue(active(introspection), introspection.toString());
        assertEquals(client.clientId(), introspection.getString("client_id"));
    }

    @Test
    void whenBearerTokenLacksTheIntrospectionScopeThenInsufficientScope() {
        String access = calls.authorize(client, SCOPE).getString("access_token");

        HttpResponse<String> response = server.send(server.request("/oauth/introspect")
                .header("Authorization", "Bearer " + access)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("token=" + access))
                .build());

        assertEquals(403, response.statusCode(), response.body());
        assertEquals("insufficient_scope", CodeFlow.json(response).getString("error"));
    }
}
