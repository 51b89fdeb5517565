package dev.grantry.it.foundation;

import static dev.grantry.it.support.Clients.authorizePath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.Browser;
import dev.grantry.it.support.Clients;
import dev.grantry.it.support.Clients.Client;
import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import dev.grantry.it.support.Users;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * Every page answers at its clean address (no {@code .xhtml}), its links and forms use clean addresses, the old
 * addresses move to the new ones, and the session behind the pages is handled as a signed-in session must be: a new
 * id at sign-in, pages with secrets never cached.
 */
@GrantryIT
class PageAddressesBrowserIT {

    private static final String SESSION_COOKIE = "JSESSIONID";

    private final Server server;
    private final Browser browser;
    private final Users users;

    PageAddressesBrowserIT(Server server, Browser browser, Users users) {
        this.server = server;
        this.browser = browser;
        this.users = users;
    }

    @AfterEach
    void signOut() {
        browser.forgetSessions();
    }

    @Test
    void whenEachPageIsOpenedByItsCleanAddressThenItAnswersThere() {
        browser.open("/login");
        assertEquals("/login", browser.path());
        browser.open("/admin/users").signIn("admin", Users.adminPassword());
        assertEquals("/admin/users", browser.path(), "back to the page asked for, at its clean address");

        assertPage("/admin/users", "Username");
        assertPage("/admin/applications", "All applications");
        assertPage("/admin/keys", "Signing keys");
        assertPage("/settings/authorizations", "Authorized applications");
        assertPage("/settings/applications", "New application");
    }

    @Test
    void whenAnApplicationIsListedThenItsDetailPageHasACleanAddress() {
        browser.open("/settings/applications").signIn(users.create("addresses"), Users.PASSWORD);
        browser.fill("Name", "Clean Address App")
                .fill("Redirect URIs", "https://clean.example/cb")
                .press("Create application");
        String clientId = browser.driver().findElement(By.id("new-client-id")).getText();

        String detail =
                browser.driver().findElement(By.linkText("Clean Address App")).getDomProperty("href");

        assertEquals(server.url("/settings/application?client_id=" + clientId), detail);
        browser.open("/settings/application?client_id=" + clientId);
        assertTrue(browser.text().contains(clientId), browser::text);
        assertFormsPostToCleanAddresses();
    }

    @Test
    void whenAnAuthorizationRequestWaitsThenTheConsentPageHasACleanAddress() {
        Client client = Clients.confidential(server, "Consent Address App", "https://consent-address.example/cb");
        String username = users.create("consenting");

        browser.open(authorizePath(
                "/oauth/authorize",
                "response_type",
                "code",
                "client_id",
                client.clientId(),
                "redirect_uri",
                client.redirectUri(),
                "scope",
                "repo:read"));
        assertEquals("/login", browser.path());
        browser.signIn(username, Users.PASSWORD);

        assertTrue(browser.path().startsWith("/consent?request="), browser::path);
        assertTrue(browser.text().contains("Consent Address App"), browser::text);
        assertFormsPostToCleanAddresses();
    }

    @Test
    void whenAnOldAddressIsOpenedThenItMovesToTheCleanOne() {
        HttpResponse<String> response = server.get("/login.xhtml?signedOut=true");

        assertEquals(301, response.statusCode());
        assertEquals(
                server.url("/login?signedOut=true"),
                response.headers().firstValue("Location").orElseThrow());
        browser.open("/admin/keys.xhtml").signIn("admin", Users.adminPassword());
        assertEquals("/admin/keys", browser.path());
    }

    @Test
    void whenTheUserSignsInThenTheSessionGetsANewId() {
        browser.open("/login");
        Cookie before = browser.driver().manage().getCookieNamed(SESSION_COOKIE);
        assertNotNull(before, "the login page's form lives in a session");

        browser.signIn(users.create("fixation"), Users.PASSWORD);

        Cookie after = browser.driver().manage().getCookieNamed(SESSION_COOKIE);
        assertNotEquals(before.getValue(), after.getValue());
        assertTrue(browser.text().contains("Welcome"), browser::text);
    }

    @Test
    void whenAPageMayShowAClientSecretThenNoCacheMayKeepIt() {
        browser.open("/settings/applications").signIn(users.create("nostore"), Users.PASSWORD);
        String session =
                browser.driver().manage().getCookieNamed(SESSION_COOKIE).getValue();

        HttpResponse<String> response = server.send(server.request("/settings/applications")
                .header("Cookie", SESSION_COOKIE + "=" + session)
                .GET()
                .build());

        assertEquals(200, response.statusCode());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
    }

    private void assertPage(String path, String expected) {
        browser.open(path);
        assertEquals(path, browser.path());
        assertTrue(browser.text().contains(expected), browser::text);
        assertFalse(browser.text().contains("There is no such page."), browser::text);
        assertFormsPostToCleanAddresses();
        List<String> links = browser.driver().findElements(By.cssSelector("header a")).stream()
                .map(link -> link.getDomProperty("href"))
                .toList();
        assertFalse(links.isEmpty());
        assertTrue(links.stream().noneMatch(href -> href.contains(".xhtml")), links::toString);
    }

    private void assertFormsPostToCleanAddresses() {
        List<WebElement> forms = browser.driver().findElements(By.tagName("form"));
        assertFalse(forms.isEmpty());
        for (WebElement form : forms) {
            String action = form.getDomProperty("action");
            assertFalse(action.contains(".xhtml"), action);
        }
    }
}
