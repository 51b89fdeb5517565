package dev.grantry.it.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.Browser;
import dev.grantry.it.support.Callback;
import dev.grantry.it.support.Clients;
import dev.grantry.it.support.Clients.Client;
import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import dev.grantry.it.support.Users;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Who may hold privileged power, on Grantry as it comes (open registration, an initial access token configured):
 * client_credentials and privileged scopes such as {@code token:introspect} come from an administrator only, on
 * {@code /admin/applications} or by registering with the initial access token; never by self-service registration,
 * never by consent.
 */
@GrantryIT
class PrivilegedPowersIT {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String ACTS_FOR_ITSELF = "May act for itself (client_credentials)";
    private static final String INTROSPECT =
            "token:introspect - Check whether access tokens of any application are active (for resource servers)";

    private final Server server;
    private final Browser browser;
    private final Users users;

    PrivilegedPowersIT(Server server, Browser browser, Users users) {
        this.server = server;
        this.browser = browser;
        this.users = users;
    }

    @Test
    void whenAnybodyRegistersClientCredentialsOrAPrivilegedScopeThenAnAdministratorMustAllowIt() {
        String machine = "{\"client_name\": \"Robot\", \"grant_types\": [\"client_credentials\"], \"scope\": "
                + "\"repo:read\"}";
        String introspecting = "{\"client_name\": \"Snoop\", \"redirect_uris\": [\"https://snoop.example/cb\"], "
                + "\"scope\": \"repo:read token:introspect\"}";

        for (HttpResponse<String> response : List.of(
                register(machine, null),
                register(introspecting, null),
                register(introspecting, "Bearer not-the-initial-token"),
                server.postForm(
                        "/api/client",
                        Map.of(
                                "client_name",
                                "Gancio",
                                "redirect_uris",
                                "https://g.example/cb",
                                "scopes",
                                "event:write token:introspect")))) {
            assertEquals(400, response.statusCode(), response.body());
            assertEquals("invalid_client_metadata", json(response).getString("error"));
            assertTrue(json(response).getString("error_description").contains("administrator"), response.body());
        }
    }

    @Test
    void whenTheInitialTokenRegistersAResourceServerInOpenModeThenItIntrospectsAnyToken() {
        Client resourceServer = Clients.machine(server, "Resource server", "token:introspect");
        Client other = Clients.machine(server, "Other service", "repo:read");
        String othersToken = Clients.clientCredentialsToken(server, other);

        String bearer = Clients.clientCredentialsToken(server, resourceServer);
        HttpResponse<String> introspection = server.send(server.request("/oauth/introspect")
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Server.formBody(Map.of("token", othersToken))))
                .build());

        assertEquals(200, introspection.statusCode(), introspection.body());
        assertTrue(json(introspection).getBoolean("active"), introspection.body());
        assertEquals(other.clientId(), json(introspection).getString("client_id"));
    }

    @Test
    void whenAnAdministratorGivesAndTakesPowersThenTheTokenEndpointFollows() {
        String owner = users.create("otto");
        browser.open("/").signIn(owner, Users.PASSWORD);
        String name = "Service " + NEXT.incrementAndGet();
        browser.open("/settings/applications");
        assertFalse(browser.text().contains("token:introspect"), "the settings page never offers privileged scopes");
        browser.fill("Name", name)
                .fill("Redirect URIs", "https://service.example/cb")
                .check("repo:read - View all visible repositories")
                .press("Create application");
        String clientId = byId("new-client-id");
        String secret = byId("new-client-secret");
        browser.press("Sign out");

        assertTokenError(clientCredentials(clientId, secret, null), "unauthorized_client");

        browser.open("/").signIn("admin", Users.adminPassword());
        browser.open("/admin/applications").pressInRow(clientId, "Powers");
        assertTrue(browser.text().contains("Powers of " + name), browser::text);
        browser.check(ACTS_FOR_ITSELF).check(INTROSPECT).press("Save powers");
        assertTrue(browser.text().contains("Saved the powers of " + name + "."), browser::text);
        assertTrue(browser.rowText(clientId).contains("client_credentials, token:introspect"), browser::text);

        HttpResponse<String> granted = clientCredentials(clientId, secret, "repo:read token:introspect");
        assertEquals(200, granted.statusCode(), granted.body());
        assertEquals("repo:read token:introspect", json(granted).getString("scope"));
        assertTokenError(clientCredentials(clientId, secret, "repo:admin"), "invalid_scope");

        browser.pressInRow(clientId, "Powers").uncheck(ACTS_FOR_ITSELF).press("Save powers");
        assertTrue(browser.text().contains("Saved the powers of " + name + "."), browser::text);
        browser.press("Sign out");

        assertTokenError(clientCredentials(clientId, secret, null), "unauthorized_client");
    }

    @Test
    void whenConsentIsAskedForAPrivilegedScopeThenInvalidScopeAtTheRedirectUri() {
        Client both = Clients.registerAsAdministrator(
                server,
                "Both ways",
                "client_secret_basic",
                "repo:read token:introspect",
                List.of("authorization_code", "client_credentials"),
                "https://both.example/cb");

        Map<String, String> answer = redirectAnswer(both, "token:introspect");

        assertEquals("invalid_scope", answer.get("error"));
        assertTrue(answer.get("error_description").contains("privileged"), answer::toString);
    }

    @Test
    void whenAnAdministratorMarksAScopePrivilegedThenRegistrationAndConsentRefuseIt() {
        Client mailer = Clients.register(
                server,
                "Mailer",
                "client_secret_basic",
                "repo:read email",
                List.of("authorization_code"),
                "https://mailer.example/cb");
        browser.open("/").signIn("admin", Users.adminPassword());
        browser.open("/admin/applications").pressInRow("Read your email address", "Make privileged");
        try {
            assertTrue(browser.text().contains("email is privileged now"), browser::text);
            assertTrue(browser.rowText("Read your email address").contains("privileged"), browser::text);

            HttpResponse<String> registration = register(
                    "{\"client_name\": \"Mail 2\", \"redirect_uris\": [\"https://m.example/cb\"], \"scope\": "
                            + "\"email\"}",
                    null);
            assertEquals(400, registration.statusCode(), registration.body());
            assertEquals("invalid_client_metadata", json(registration).getString("error"));
            assertEquals("invalid_scope", redirectAnswer(mailer, "email").get("error"));
        } finally {
            browser.open("/admin/applications").pressInRow("Read your email address", "Make delegable");
        }
        assertTrue(browser.text().contains("email is delegable now"), browser::text);
    }

    /** The redirect that answers an authorization request of {@code client} for {@code scope}. */
    private Map<String, String> redirectAnswer(Client client, String scope) {
        HttpResponse<String> response = server.get(Clients.authorizePath(
                "/oauth/authorize",
                "response_type",
                "code",
                "client_id",
                client.clientId(),
                "redirect_uri",
                client.redirectUri(),
                "scope",
                scope,
                "state",
                "p1"));
        assertEquals(303, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(client.redirectUri() + "?"), location);
        return Callback.parameters(location);
    }

    private HttpResponse<String> clientCredentials(String clientId, String secret, String scope) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", secret);
        if (scope != null) {
            form.put("scope", scope);
        }
        return server.postForm("/oauth/token", form);
    }

    private static void assertTokenError(HttpResponse<String> response, String error) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(error, json(response).getString("error"));
    }

    private HttpResponse<String> register(String body, String authorization) {
        HttpRequest.Builder request = server.request("/oauth/register")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return server.send(request.build());
    }

    private String byId(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
