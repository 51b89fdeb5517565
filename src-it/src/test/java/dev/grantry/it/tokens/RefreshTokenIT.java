package dev.grantry.it.tokens;

import static dev.grantry.it.support.CodeFlow.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.grantry.it.support.Browser;
import dev.grantry.it.support.Callback;
import dev.grantry.it.support.Clients;
import dev.grantry.it.support.Clients.Client;
import dev.grantry.it.support.CodeFlow;
import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import dev.grantry.it.support.Users;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The refresh_token grant over HTTP (RFC 6749 §6) with rotation on every use and family revocation when a used
 * refresh token, or a used code, is presented again (RFC 9700 §4.14.2, RFC 6749 §4.1.2).
 */
@GrantryIT
class RefreshTokenIT {

    private static final List<String> GRANTS = List.of("authorization_code", "refresh_token");

    private final Server server;
    private final Browser browser;
    private final Users users;
    private final Callback callback = new Callback();
    private CodeFlow flow;
    private Client client;
    private String username;

    RefreshTokenIT(Server server, Browser browser, Users users) {
        this.server = server;
        this.browser = browser;
        this.users = users;
    }

    @BeforeEach
    void setUp() {
        username = users.create("rob");
        flow = new CodeFlow(server, browser, callback, username);
        client = Clients.register(
                server, "Token IT", "client_secret_basic", "repo:read repo:write", GRANTS, callback.uri());
    }

    @AfterEach
    void close() {
        callback.close();
    }

    @Test
    void whenRefreshedThenTokensRotateAndReusingTheOldRefreshTokenRevokesTheFamily() throws Exception {
        JsonObject first = authorize("repo:read repo:write");

        HttpResponse<String> refreshed = refresh(client, first.getString("refresh_token"), null);

        assertEquals(200, refreshed.statusCode(), refreshed.body());
        assertEquals("no-store", refreshed.headers().firstValue("Cache-Control").orElseThrow());
        JsonObject second = json(refreshed);
        assertNotEquals(first.getString("refresh_token"), second.getString("refresh_token"));
        JWTClaimsSet claims = SignedJWT.parse(second.getString("access_token")).getJWTClaimsSet();
        assertEquals(username, claims.getSubject());
        assertEquals(username, claims.getStringClaim("upn"));
        assertEquals(client.clientId(), claims.getStringClaim("client_id"));
        assertEquals("repo:read repo:write", claims.getStringClaim("scope"));

        assertError(refresh(client, first.getString("refresh_token"), null), "invalid_grant");
        assertError(refresh(client, second.getString("refresh_token"), null), "invalid_grant");
    }

    @Test
    void whenNarrowerScopeAskedThenNarrowedAndWiderScopeIsInvalidScope() throws Exception {
        JsonObject tokens = authorize("repo:read repo:write");

        assertError(refresh(client, tokens.getString("refresh_token"), "repo:read repo:admin"), "invalid_scope");
        HttpResponse<String> narrowed = refresh(client, tokens.getString("refresh_token"), "repo:read");

        assertEquals(200, narrowed.statusCode(), narrowed.body());
        assertEquals("repo:read", json(narrowed).getString("scope"));
        assertEquals(
                List.of("repo:read"),
                SignedJWT.parse(json(narrowed).getString("access_token"))
                        .getJWTClaimsSet()
                        .getStringListClaim("groups"));
        HttpResponse<String> again = refresh(client, json(narrowed).getString("refresh_token"), null);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("repo:read repo:write", json(again).getString("scope"), "the refresh token keeps its scope");
    }

    @Test
    void whenAnotherClientPresentsTheRefreshTokenThenInvalidGrant() {
        JsonObject tokens = authorize("repo:read");
        Client other =
                Clients.register(server, "Other token IT", "client_secret_basic", "repo:read", GRANTS, callback.uri());

        assertError(refresh(other, tokens.getString("refresh_token"), null), "invalid_grant");
        assertEquals(
                200, refresh(client, tokens.getString("refresh_token"), null).statusCode());
    }

    @Test
    void whenCodeIsRedeemedTwiceThenTheRefreshTokenIssuedFromItIsRevoked() {
        String verifier = Clients.verifier();
        String code = flow.code(client, "repo:read", verifier);
        JsonObject tokens = json(flow.redeem(client, code, client.redirectUri(), verifier));

        assertError(flow.redeem(client, code, client.redirectUri(), verifier), "invalid_grant");

        assertError(refresh(client, tokens.getString("refresh_token"), null), "invalid_grant");
    }

    @Test
    void whenRefreshedWithJsonOnGiteaAliasAndPostedSecretThenRotated() {
        JsonObject tokens = authorize("repo:read");
        String body = Json.createObjectBuilder()
                .add("grant_type", "refresh_token")
                .add("refresh_token", tokens.getString("refresh_token"))
                .add("client_id", client.clientId())
                .add("client_secret", client.secret())
                .build()
                .toString();

        HttpResponse<String> response = server.send(server.request("/login/oauth/access_token")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(json(response).containsKey("refresh_token"));
    }

    /** Access and refresh token through the browser (with PKCE) and the token endpoint. */
    private JsonObject authorize(String scope) {
        String verifier = Clients.verifier();
        HttpResponse<String> response =
                flow.redeem(client, flow.code(client, scope, verifier), client.redirectUri(), verifier);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject tokens = json(response);
        assertTrue(tokens.containsKey("refresh_token"), response.body());
        return tokens;
    }

    private HttpResponse<String> refresh(Client as, String refreshToken, String scope) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        if (scope != null) {
            form.put("scope", scope);
        }
        return flow.tokenRequest(as, form);
    }

    private static void assertError(HttpResponse<String> response, String error) {
        assertEquals(400, response.statusCode(), response::body);
        assertEquals(error, json(response).getString("error"), response.body());
    }
}
