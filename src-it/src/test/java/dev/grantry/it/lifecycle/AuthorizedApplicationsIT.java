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

/**
 * What users manage: the authorized applications page and its JSON twin, and what happens to tokens when an
 * application is deleted or a user disabled; Grantry's own bearer-protected API (RFC 6750).
 */
@GrantryIT
class AuthorizedApplicationsIT {

    private static final String SCOPE = "repo:read user:read";

    private final Server server;
    private final Browser browser;
    private final Users users;
    private final Callback callback = new Callback();
    private TokenCalls calls;
    private Client client;
    private Client resourceServer;
    private String username;

    AuthorizedApplicationsIT(Server server, Browser browser, Users users) {
        this.server = server;
        this.browser = browser;
        this.users = users;
    }

    @BeforeEach
    void setUp() {
        username = users.create("una");
        calls = new TokenCalls(server, new CodeFlow(server, browser, callback, username));
        client = Clients.register(
                server,
                "Photo printer",
                "client_secret_basic",
                SCOPE + " user:admin",
                TokenCalls.codeGrants(),
                callback.uri());
        resourceServer = Clients.registerAsAdministrator(
                server,
                "Resource server",
                "client_secret_basic",
                "token:introspect",
                List.of("client_credentials"),
                callback.uri());
    }

    @AfterEach
    void tearDown() {
        callback.close();
    }

    @Test
    void whenUserRevokesOnTheAuthorizationsPageThenEveryTokenIsInactiveAndConsentIsAskedAgain() {
        JsonObject tokens = calls.authorize(client, SCOPE);

        browser.open("/settings/authorizations");
        String page = browser.text();
        assertTrue(page.contains("Photo printer"), page);
        assertTrue(page.contains(client.clientId()), page);
        assertTrue(page.contains("repo:read View all visible repositories"), page);
        assertTrue(page.contains("user:read Read your user information"), page);

        browser.pressInRow(client.clientId(), "Revoke");

        assertTrue(browser.text().contains("Revoked the access of Photo printer"), browser::text);
        assertTrue(browser.text().contains("You have not authorized any application."), browser::text);
        String bearer = calls.clientToken(resourceServer, "token:introspect");
        assertFalse(active(calls.introspectAsResourceServer(bearer, tokens.getString("access_token"))));
        assertFalse(active(calls.introspectAsResourceServer(bearer, tokens.getString("refresh_token"))));
        assertEquals(
                401,
                calls.api("GET", "/api/v1/user", tokens.getString("access_token"))
                        .statusCode());

        browser.open(Clients.authorizePath(
                "/oauth/authorize",
                "response_type",
                "code",
                "client_id",
                client.clientId(),
                "redirect_uri",
                client.redirectUri(),
                "scope",
                SCOPE,
                "state",
                "again"));
        assertTrue(browser.path().startsWith("/consent"), "consent is asked again: " + browser.path());
    }

    @Test
    void whenUserApiListsAndDeletesAnAuthorizationThenThatApplicationsTokensAreInactive() {
        Client other = Clients.register(
                server, "Calendar sync", "client_secret_basic", SCOPE, TokenCalls.codeGrants(), callback.uri());
        String otherAccess = calls.authorize(other, SCOPE).getString("access_token");
        String admin = calls.authorize(client, "user:admin").getString("access_token");

        HttpResponse<String> list = calls.api("GET", "/api/v1/user/authorizations", admin);
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains(other.clientId()), list.body());
        assertTrue(list.body().contains("\"Calendar sync\""), list.body());

        HttpResponse<String> deleted = calls.api("DELETE", "/api/v1/user/authorizations/" + other.clientId(), admin);
        assertEquals(204, deleted.statusCode(), deleted.body());

        assertFalse(active(calls.introspect(other, otherAccess)));
        HttpResponse<String> after = calls.api("GET", "/api/v1/user/authorizations", admin);
        assertFalse(after.body().contains(other.clientId()), after.body());
        assertTrue(after.body().contains(client.clientId()), after.body());
    }

    @Test
    void whenApplicationDeletedThenEveryTokenItGotIsInactive() {
        JsonObject tokens = calls.authorize(client, SCOPE);
        String bearer = calls.clientToken(resourceServer, "token:introspect");
        assertTrue(active(calls.introspectAsResourceServer(bearer, tokens.getString("access_token"))));

        HttpResponse<String> deleted = server.send(server.request("/oauth/register/" + client.clientId())
                .header("Authorization", "Bearer " + client.registrationAccessToken())
                .DELETE()
                .build());
        assertEquals(204, deleted.statusCode(), deleted.body());

        assertFalse(active(calls.introspectAsResourceServer(bearer, tokens.getString("access_token"))));
        assertFalse(active(calls.introspectAsResourceServer(bearer, tokens.getString("refresh_token"))));
        assertEquals(
                401,
                calls.api("GET", "/api/v1/user", tokens.getString("access_token"))
                        .statusCode());
    }

    @Test
    void whenAdministratorDisablesTheApplicationThenEveryTokenItGotIsInactive() {
        JsonObject tokens = calls.authorize(client, SCOPE);
        String bearer = calls.clientToken(resourceServer, "token:introspect");
        browser.open("/").press("Sign out");

        browser.open("/").signIn("admin", Users.adminPassword());
        browser.open("/admin/applications").pressInRow(client.clientId(), "Disable");

        assertFalse(active(calls.introspectAsResourceServer(bearer, tokens.getString("access_token"))));
        assertFalse(active(calls.introspectAsResourceServer(bearer, tokens.getString("refresh_token"))));
        assertEquals(
                401,
                calls.api("GET", "/api/v1/user", tokens.getString("access_token"))
                        .statusCode());
    }

    @Test
    void whenUserDisabledThenEveryTokenOfTheirsIsInactive() {
        JsonObject tokens = calls.authorize(client, SCOPE);
        browser.open("/").press("Sign out");

        browser.open("/").signIn("admin", Users.adminPassword());
        browser.open("/admin/users").pressInRow(username, "Disable");
        assertTrue(browser.text().contains("Disabled " + username + "."), browser::text);

        assertFalse(active(calls.introspect(client, tokens.getString("access_token"))));
        assertFalse(active(calls.introspect(client, tokens.getString("refresh_token"))));
        assertEquals(
                401,
                calls.api("GET", "/api/v1/user", tokens.getString("access_token"))
                        .statusCode());
        assertEquals(
                400, calls.refresh(client, tokens.getString("refresh_token")).statusCode());
    }

    @Test
    void whenUserApiCalledThenTheTokenDecides() {
        String access = calls.authorize(client, SCOPE).getString("access_token");

        HttpResponse<String> ok = calls.api("GET", "/api/v1/user", access);
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(username, CodeFlow.json(ok).getString("username"));

        HttpResponse<String> none = calls.api("GET", "/api/v1/user", null);
        assertEquals(401, none.statusCode());
        assertEquals(
                "Bearer realm=\"grantry\"",
                none.headers().firstValue("WWW-Authenticate").orElseThrow());

        HttpResponse<String> invalid = calls.api("GET", "/api/v1/user", "not-a-token");
        assertEquals(401, invalid.statusCode());
        assertTrue(
                invalid.headers().firstValue("WWW-Authenticate").orElseThrow().contains("error=\"invalid_token\""));

        String repoOnly = calls.authorize(client, "repo:read").getString("access_token");
        HttpResponse<String> forbidden = calls.api("GET", "/api/v1/user", repoOnly);
        assertEquals(403, forbidden.statusCode());
        assertTrue(forbidden
                .headers()
                .firstValue("WWW-Authenticate")
                .orElseThrow()
                .contains("error=\"insufficient_scope\""));
        assertEquals("insufficient_scope", CodeFlow.json(forbidden).getString("error"));
    }
}
