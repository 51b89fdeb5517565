package dev.grantry.it.oidc;

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
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0) in the browser, with the OpenID Connect registration
 * metadata it needs (RFC 7591 with {@code post_logout_redirect_uris}).
 */
@GrantryIT
class RpInitiatedLogoutIT {

    private final Server server;
    private final Browser browser;
    private final Users users;
    private final Callback callback = new Callback();

    RpInitiatedLogoutIT(Server server, Browser browser, Users users) {
        this.server = server;
        this.browser = browser;
        this.users = users;
    }

    @AfterEach
    void close() {
        callback.close();
    }

    @Test
    void whenTheApplicationSignsTheUserOutWithItsIdTokenThenGrantrySignsOutAndRedirectsWithTheState() {
        JsonObject registered = register("Logout App", afterLogout());
        Client client = new Client(
                registered.getString("client_id"),
                registered.getString("client_secret"),
                "Logout App",
                List.of(callback.uri()),
                registered.getString("registration_access_token"));
        String user = users.create("logout");
        CodeFlow flow = new CodeFlow(server, browser, callback, user);
        HttpResponse<String> tokens = flow.redeem(client, flow.code(client, "openid", null), callback.uri(), null);
        assertEquals(200, tokens.statusCode(), tokens.body());
        String idToken = CodeFlow.json(tokens).getString("id_token");

        browser.open(Clients.authorizePath(
                "/oauth/logout", "id_token_hint", idToken, "post_logout_redirect_uri", afterLogout(), "state", "bye"));

        String url = browser.driver().getCurrentUrl();
        assertTrue(url.startsWith(afterLogout() + "?"), url);
        assertEquals("bye", Callback.parameters(url).get("state"));
        browser.open("/settings/applications");
        assertTrue(browser.path().startsWith("/login"), browser::path);
    }

    @Test
    void whenThePostLogoutRedirectUriIsNotRegisteredThenAnErrorPageAndTheUserStaysSignedIn() {
        JsonObject registered = register("Strict Logout App", afterLogout());
        String user = users.create("logout");
        browser.open("/settings/applications").signIn(user, Users.PASSWORD);

        browser.open(Clients.authorizePath(
                "/oauth/logout",
                "client_id",
                registered.getString("client_id"),
                "post_logout_redirect_uri",
                afterLogout() + "/elsewhere"));

        assertTrue(browser.text().contains("not registered"), browser::text);
        assertFalse(browser.driver().getCurrentUrl().startsWith(callback.uri()));
        browser.open("/settings/applications");
        assertTrue(browser.path().startsWith("/settings/applications"), browser::path);
    }

    @Test
    void whenNoApplicationIsNamedThenTheUserIsSignedOutOntoGrantrysSignedOutPage() {
        String user = users.create("logout");
        browser.open("/settings/applications").signIn(user, Users.PASSWORD);

        browser.open("/oauth/logout");

        assertTrue(browser.path().startsWith("/login?signedOut=true"), browser::path);
    }

    @Test
    void whenRegisteredWithOpenIdMetadataThenItIsEchoedAndAForeignAlgorithmIsRefused() {
        JsonObject registered = register("Metadata App", afterLogout());

        assertEquals(
                List.of(afterLogout()),
                registered.getJsonArray("post_logout_redirect_uris").getValuesAs(JsonString::getString));
        assertEquals(300, registered.getInt("default_max_age"));
        assertEquals("RS256", registered.getString("id_token_signed_response_alg"));

        HttpResponse<String> refused = send(metadata("Foreign Alg App", afterLogout())
                .add("id_token_signed_response_alg", "HS256")
                .build());
        assertEquals(400, refused.statusCode());
        assertEquals("invalid_client_metadata", CodeFlow.json(refused).getString("error"));
    }

    private String afterLogout() {
        return callback.uri() + "/signed-out";
    }

    private JsonObject register(String name, String postLogoutRedirectUri) {
        HttpResponse<String> response =
                send(metadata(name, postLogoutRedirectUri).build());
        assertEquals(201, response.statusCode(), response.body());
        return CodeFlow.json(response);
    }

    private JsonObjectBuilder metadata(String name, String postLogoutRedirectUri) {
        return Json.createObjectBuilder()
                .add("client_name", name)
                .add("redirect_uris", Json.createArrayBuilder().add(callback.uri()))
                .add("grant_types", Json.createArrayBuilder().add("authorization_code"))
                .add("scope", "openid profile")
                .add("post_logout_redirect_uris", Json.createArrayBuilder().add(postLogoutRedirectUri))
                .add("default_max_age", 300);
    }

    private HttpResponse<String> send(JsonObject metadata) {
        return server.send(server.request("/oauth/register")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(metadata.toString()))
                .build());
    }
}
