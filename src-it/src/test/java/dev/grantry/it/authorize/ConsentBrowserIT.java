package dev.grantry.it.authorize;

import static dev.grantry.it.authorize.AuthorizationEndpointIT.assertNeverRedirected;
import static dev.grantry.it.support.Clients.authorizePath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.Browser;
import dev.grantry.it.support.Callback;
import dev.grantry.it.support.Clients;
import dev.grantry.it.support.Clients.Client;
import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import dev.grantry.it.support.Users;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The consent page in the browser: sign-in on the way, Authorize, Deny, remembered consent (RFC 6749 §4.1). */
@GrantryIT
class ConsentBrowserIT {

    private final Server server;
    private final Browser browser;
    private final Users users;
    private final Callback callback = new Callback();

    ConsentBrowserIT(Server server, Browser browser, Users users) {
        this.server = server;
        this.browser = browser;
        this.users = users;
    }

    @AfterEach
    void close() {
        callback.close();
    }

    @Test
    void whenNotSignedInThenLoginReturnsToConsentWhichShowsApplicationAndScopes() {
        Client client = Clients.confidential(server, "Consent App", callback.uri());
        String user = users.create("consent");

        browser.open(request(client, "repo:read user:read", "xyz", null));
        assertTrue(browser.path().startsWith("/login"), browser::path);
        browser.signIn(user, Users.PASSWORD);

        assertTrue(browser.path().startsWith("/consent?request="), browser::path);
        String page = browser.text();
        assertTrue(page.contains("Authorize Consent App?"), page);
        assertTrue(page.contains("https://consent-app.example"), page);
        assertTrue(page.contains("repo:read — View all visible repositories"), page);
        assertTrue(page.contains("user:read — Read your user information"), page);
        assertFalse(page.contains("repo:write"), "only the requested scopes");
    }

    @Test
    void whenUserAuthorizesThenCodeStateAndIssOnTheRedirect() {
        Client client = Clients.confidential(server, "Authorized App", callback.uri());
        String user = users.create("authorizer");

        browser.open(request(client, "repo:read", "state-1", null)).signIn(user, Users.PASSWORD);
        String consentPage = browser.path();
        browser.press("Authorize");

        Map<String, String> answer = answer();
        assertTrue(answer.get("code").length() >= 22, "at least 128 bits");
        assertEquals("state-1", answer.get("state"));
        assertEquals(issuer(), answer.get("iss"));

        browser.open(consentPage);
        assertTrue(browser.text().contains("This authorization request cannot be answered"), browser::text);
    }

    @Test
    void whenUserDeniesThenAccessDeniedWithStateAndIss() {
        Client client = Clients.confidential(server, "Denied App", callback.uri());
        String user = users.create("denier");

        browser.open(request(client, "repo:read", "state-2", null)).signIn(user, Users.PASSWORD);
        browser.press("Deny");

        Map<String, String> answer = answer();
        assertEquals("access_denied", answer.get("error"));
        assertEquals("state-2", answer.get("state"));
        assertEquals(issuer(), answer.get("iss"));
        assertNull(answer.get("code"));
    }

    @Test
    void whenConsentRememberedThenSameOrFewerScopesSkipThePageAndMoreAskAgain() {
        Client client = Clients.confidential(server, "Remembered App", callback.uri());
        String user = users.create("rememberer");
        browser.open(request(client, "repo:read user:read", "a", null)).signIn(user, Users.PASSWORD);
        browser.press("Authorize");
        assertTrue(answer().containsKey("code"));

        browser.open(request(client, "repo:read user:read", "b", null));
        assertEquals("b", answer().get("state"), "same scopes: no consent page");
        assertTrue(answer().containsKey("code"));

        browser.open(request(client, "user:read", "c", null));
        assertEquals("c", answer().get("state"), "fewer scopes: no consent page");

        browser.open(request(client, "repo:read repo:write", "d", null));
        assertTrue(browser.path().startsWith("/consent"), "more scopes: asked again");
        assertTrue(browser.text().contains("repo:write — Read and write to all visible repositories"));
    }

    @Test
    void whenPublicClientThenAlwaysAskedAndAnsweredWithCode() {
        Client client = Clients.publicClient(server, "Public App", callback.uri());
        String user = users.create("public");
        String challenge = Clients.s256(Clients.verifier());

        browser.open(request(client, "repo:read", "p1", challenge)).signIn(user, Users.PASSWORD);
        browser.press("Authorize");
        assertTrue(answer().containsKey("code"));

        browser.open(request(client, "repo:read", "p2", challenge));
        assertTrue(browser.path().startsWith("/consent"), "public clients are always asked (RFC 6749 §10.2)");
        browser.press("Authorize");
        assertEquals("p2", answer().get("state"));
    }

    @Test
    void whenAnotherUserOpensSomeonesPendingRequestThenRefused() {
        Client client = Clients.confidential(server, "Bound App", callback.uri());
        String first = users.create("first");
        String second = users.create("second");

        browser.open(request(client, "repo:read", "s", null)).signIn(first, Users.PASSWORD);
        String consentPage = browser.path();
        browser.press("Sign out");
        browser.open(consentPage).signIn(second, Users.PASSWORD);

        assertTrue(browser.text().contains("This authorization request cannot be answered"), browser::text);
        assertFalse(browser.text().contains("Bound App"));
    }

    @Test
    void whenUserRegisteredTheApplicationThenConsentNamesThemAsOwner() {
        String owner = users.create("owner");
        browser.open("/").signIn(owner, Users.PASSWORD);
        browser.open("/settings/applications")
                .fill("Name", "Owned App")
                .fill("Website", "https://owned.example")
                .fill("Redirect URIs", callback.uri())
                .check("repo:read - View all visible repositories")
                .check("confidential")
                .press("Create application");
        String clientId = browser.driver().findElement(By.id("new-client-id")).getText();
        Client client = new Client(clientId, null, "Owned App", List.of(callback.uri()), null);

        browser.open(request(client, "repo:read", "o", null));

        assertTrue(browser.path().startsWith("/consent"), browser::path);
        assertTrue(browser.text().contains("Registered by"), browser::text);
        assertEquals(
                owner,
                browser.driver().findElement(By.cssSelector("dd.username")).getText());
        assertTrue(browser.text().contains("https://owned.example"), browser::text);
    }

    @Test
    void whenApplicationDisabledThenTheErrorPageAndNoRedirectAtEveryAlias() {
        Client client = Clients.confidential(server, "Disabled App", callback.uri());
        browser.open("/").signIn("admin", Users.adminPassword());
        browser.open("/admin/applications").pressInRow(client.clientId(), "Disable");

        String query = request(client, "repo:read", "d1", null).substring("/oauth/authorize".length());
        for (String endpoint : List.of("/oauth/authorize", "/login/oauth/authorize", "/authorize")) {
            assertNeverRedirected(server.get(endpoint + query), "This application is not active");
        }
    }

    private String request(Client client, String scope, String state, String challenge) {
        return authorizePath(
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
                state,
                "code_challenge",
                challenge,
                "code_challenge_method",
                challenge == null ? null : "S256");
    }

    /** The parameters the browser brought to the client's redirect URI. */
    private Map<String, String> answer() {
        String url = browser.driver().getCurrentUrl();
        assertTrue(url.startsWith(callback.uri() + "?"), url);
        return Callback.parameters(url);
    }

    private static String issuer() {
        return "http://127.0.0.1:" + System.getProperty("it.port");
    }
}
