package dev.grantry.it.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.Browser;
import dev.grantry.it.support.Clients;
import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import dev.grantry.it.support.Users;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Grantry started with {@code GRANTRY_CLIENT_REGISTRATION_APPROVAL=admin} and
 * {@code GRANTRY_CLIENT_REGISTRATION=initial-token}: the failsafe execution {@code applications-approval} in
 * {@code src-it/pom.xml} runs this class alone with those settings; the default execution excludes it.
 */
@GrantryIT
class ApplicationApprovalIT {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final Server server;
    private final Browser browser;
    private final Users users;

    ApplicationApprovalIT(Server server, Browser browser, Users users) {
        this.server = server;
        this.browser = browser;
        this.users = users;
    }

    @Test
    void whenApprovalRequiredThenNewApplicationWaitsUntilAnAdminApproves() {
        String owner = users.create("wanda");
        signInAs(owner, Users.PASSWORD);
        String name = "Awaiting " + NEXT.incrementAndGet();
        createApplication(name);
        assertTrue(browser.text().contains("waiting for approval"), browser::text);
        browser.open("/settings/applications");
        assertTrue(browser.rowText(name).contains("waiting for approval"), () -> browser.rowText(name));
        browser.open("/").press("Sign out");

        signInAs("admin", Users.adminPassword());
        browser.open("/admin/applications");
        assertTrue(browser.rowText(name).contains(owner), () -> browser.rowText(name));
        assertTrue(browser.rowText(name).contains("waiting for approval"), () -> browser.rowText(name));
        browser.pressInRow(name, "Approve");
        assertTrue(browser.text().contains("Approved " + name + "."), browser::text);
        assertTrue(browser.rowText(name).contains("active"), () -> browser.rowText(name));
        browser.press("Sign out");

        signInAs(owner, Users.PASSWORD);
        browser.open("/settings/applications");
        assertTrue(browser.rowText(name).contains("active"), () -> browser.rowText(name));
    }

    @Test
    void whenAdminRejectsThenApplicationDisabled() {
        String owner = users.create("rita");
        signInAs(owner, Users.PASSWORD);
        String name = "Refused " + NEXT.incrementAndGet();
        createApplication(name);
        browser.open("/").press("Sign out");

        signInAs("admin", Users.adminPassword());
        browser.open("/admin/applications").pressInRow(name, "Reject");

        assertTrue(browser.text().contains("Rejected " + name + "."), browser::text);
        assertTrue(browser.rowText(name).contains("disabled"), () -> browser.rowText(name));
    }

    @Test
    void whenInitialAccessTokenMissingOrWrongThen401AndWithItRegistered() {
        String body = "{\"client_name\": \"Token holder\", \"redirect_uris\": [\"https://th.example/cb\"]}";

        HttpResponse<String> without = register(body, null);
        HttpResponse<String> wrong = register(body, "Bearer not-the-initial-token");
        HttpResponse<String> gancio = server.postForm(
                "/api/client", Map.of("client_name", "Gancio", "redirect_uris", "https://g.example/cb"));
        HttpResponse<String> with = register(body, "Bearer " + System.getProperty("it.client.initial-token"));

        assertEquals(401, without.statusCode(), without.body());
        assertEquals("invalid_token", json(without).getString("error"));
        assertEquals(401, wrong.statusCode(), wrong.body());
        assertEquals(401, gancio.statusCode(), gancio.body());
        assertEquals(201, with.statusCode(), with.body());
        assertTrue(json(with).containsKey("registration_access_token"));
    }

    @Test
    void whenRegisteredByApiThenPendingForTheAdminWithoutOwner() {
        String name = "Dynamic " + NEXT.incrementAndGet();
        HttpResponse<String> response = register(
                "{\"client_name\": \"" + name + "\", \"redirect_uris\": [\"https://dyn.example/cb\"]}",
                "Bearer " + System.getProperty("it.client.initial-token"));
        assertEquals(201, response.statusCode(), response.body());

        signInAs("admin", Users.adminPassword());
        browser.open("/admin/applications");

        assertTrue(browser.rowText(name).contains("waiting for approval"), () -> browser.rowText(name));
        assertTrue(browser.rowText(name).contains("nobody"), () -> browser.rowText(name));
    }

    @Test
    void whenAnApprovedApplicationWidensThroughRfc7592ThenPendingAgainWhileNarrowingAppliesAtOnce() {
        String name = "Managed " + NEXT.incrementAndGet();
        HttpResponse<String> registered = register(
                metadata(name, null, "https://m.example/a", "https://m.example/b"),
                "Bearer " + System.getProperty("it.client.initial-token"));
        assertEquals(201, registered.statusCode(), registered.body());
        String clientId = json(registered).getString("client_id");
        String managementToken = json(registered).getString("registration_access_token");
        assertNeverRedirected(authorize(clientId, "https://m.example/a"));
        signInAs("admin", Users.adminPassword());
        approve(name);
        assertEquals(303, authorize(clientId, "https://m.example/a").statusCode());

        HttpResponse<String> narrowed =
                replace(clientId, managementToken, metadata(name, clientId, "https://m.example/a"));
        assertEquals(200, narrowed.statusCode(), narrowed.body());
        assertEquals(303, authorize(clientId, "https://m.example/a").statusCode(), "still active");

        HttpResponse<String> widened = replace(
                clientId, managementToken, metadata(name, clientId, "https://m.example/a", "https://evil.example/cb"));
        assertEquals(200, widened.statusCode(), widened.body());
        assertNeverRedirected(authorize(clientId, "https://evil.example/cb"));
        assertNeverRedirected(authorize(clientId, "https://m.example/a"));
        browser.open("/admin/applications");
        assertTrue(browser.rowText(name).contains("waiting for approval"), () -> browser.rowText(name));
    }

    @Test
    void whenAnApprovedApplicationGetsANewScopeOnTheSettingsPageThenItWaitsForApprovalAgain() {
        String owner = users.create("sam");
        signInAs(owner, Users.PASSWORD);
        String name = "Growing " + NEXT.incrementAndGet();
        createApplication(name);
        String clientId = browser.driver().findElement(By.id("new-client-id")).getText();
        browser.open("/").press("Sign out");
        signInAs("admin", Users.adminPassword());
        approve(name);
        browser.press("Sign out");

        signInAs(owner, Users.PASSWORD);
        browser.open("/settings/application?client_id=" + clientId);
        browser.check("repo:write - Read and write to all visible repositories").press("Save");

        assertTrue(browser.text().contains("It waits for an administrator's approval"), browser::text);
        browser.open("/settings/applications");
        assertTrue(browser.rowText(name).contains("waiting for approval"), () -> browser.rowText(name));
    }

    @Test
    void whenTheInitialTokenRegistersAServiceClientThenItStillWaitsForApproval() {
        String name = "Service " + NEXT.incrementAndGet();
        HttpResponse<String> registered = register(
                "{\"client_name\": \"" + name + "\", \"grant_types\": [\"client_credentials\"], "
                        + "\"scope\": \"token:introspect\"}",
                "Bearer " + System.getProperty("it.client.initial-token"));
        assertEquals(201, registered.statusCode(), registered.body());

        HttpResponse<String> token = server.postForm(
                "/oauth/token",
                Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        json(registered).getString("client_id"),
                        "client_secret",
                        json(registered).getString("client_secret")));

        assertEquals(400, token.statusCode(), token.body());
        assertEquals("unauthorized_client", json(token).getString("error"));
    }

    /** RFC 7591 metadata of a confidential code-flow client; with {@code clientId} for an RFC 7592 update. */
    private static String metadata(String name, String clientId, String... redirectUris) {
        var json = Json.createObjectBuilder()
                .add("client_name", name)
                .add("redirect_uris", Json.createArrayBuilder(List.of(redirectUris)))
                .add("scope", "repo:read");
        if (clientId != null) {
            json.add("client_id", clientId);
        }
        return json.build().toString();
    }

    private HttpResponse<String> replace(String clientId, String managementToken, String body) {
        return server.send(server.request("/oauth/register/" + clientId)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + managementToken)
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private HttpResponse<String> authorize(String clientId, String redirectUri) {
        return server.get(Clients.authorizePath(
                "/oauth/authorize",
                "response_type",
                "code",
                "client_id",
                clientId,
                "redirect_uri",
                redirectUri,
                "scope",
                "repo:read",
                "state",
                "a1"));
    }

    /** An inactive application's request: the error page, never a redirect to its URIs. */
    private static void assertNeverRedirected(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Location").isEmpty(), "no redirect");
        assertTrue(response.body().contains("This application is not active"), response.body());
    }

    /** Approves {@code name} on /admin/applications, as the signed-in administrator. */
    private void approve(String name) {
        browser.open("/admin/applications").pressInRow(name, "Approve");
        assertTrue(browser.text().contains("Approved " + name + "."), browser::text);
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

    private void createApplication(String name) {
        browser.open("/settings/applications")
                .fill("Name", name)
                .fill("Redirect URIs", "https://app.example/callback")
                .press("Create application");
        assertTrue(browser.text().contains("Created application " + name + "."), browser::text);
    }

    private void signInAs(String username, String password) {
        browser.open("/").signIn(username, password);
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
