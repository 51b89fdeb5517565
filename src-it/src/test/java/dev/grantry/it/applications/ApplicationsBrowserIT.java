package dev.grantry.it.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.Browser;
import dev.grantry.it.support.Clients;
import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import dev.grantry.it.support.Users;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.NoSuchElementException;

/** The settings pages for applications and the administrators' list, in headless Chromium. */
@GrantryIT
class ApplicationsBrowserIT {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String SHOWN_ONCE = "Copy it now, it will not be shown again.";

    private final Server server;
    private final Browser browser;
    private final Users users;

    ApplicationsBrowserIT(Server server, Browser browser, Users users) {
        this.server = server;
        this.browser = browser;
        this.users = users;
    }

    @Test
    void whenUserCreatesConfidentialApplicationThenSecretShownOnceAndListed() {
        signInAs(users.create("alice"));
        String name = "Event Manager " + NEXT.incrementAndGet();

        createApplication(name, "confidential");

        assertTrue(browser.text().contains("Created application " + name + "."), browser::text);
        assertTrue(browser.text().contains(SHOWN_ONCE), browser::text);
        String clientId = byId("new-client-id");
        String secret = byId("new-client-secret");
        assertTrue(clientId.length() >= 32, clientId);
        assertTrue(secret.length() >= 43, "at least 256 bits");

        browser.open("/settings/applications");
        assertTrue(browser.text().contains(name), browser::text);
        assertTrue(browser.text().contains(clientId), browser::text);
        assertTrue(browser.text().contains("active"), browser::text);
        assertFalse(browser.text().contains(secret), "the secret is not shown again");

        browser.open("/settings/application?client_id=" + clientId);
        assertTrue(browser.text().contains(clientId), browser::text);
        assertTrue(browser.text().contains("confidential"), browser::text);
        assertFalse(browser.text().contains(secret), "the detail page never shows the secret");
        assertFalse(browser.text().contains(SHOWN_ONCE));
    }

    @Test
    void whenPublicApplicationCreatedThenNoSecretAndNoRegenerate() {
        signInAs(users.create("paula"));
        String name = "Mobile " + NEXT.incrementAndGet();

        createApplication(name, "public");

        assertTrue(browser.text().contains("Created application " + name + "."), browser::text);
        assertFalse(browser.text().contains(SHOWN_ONCE), browser::text);
        browser.open("/settings/application?client_id=" + byId("new-client-id"));
        assertTrue(browser.text().contains("public"), browser::text);
        assertTrue(browser.driver()
                .findElements(By.xpath("//input[@value='Regenerate secret']"))
                .isEmpty());
    }

    @Test
    void whenSecretRegeneratedThenNewOneShownOnceAndDiffers() {
        signInAs(users.create("regina"));
        createApplication("Regenerated " + NEXT.incrementAndGet(), "confidential");
        String clientId = byId("new-client-id");
        String oldSecret = byId("new-client-secret");

        browser.open("/settings/application?client_id=" + clientId).press("Regenerate secret");

        assertTrue(browser.text().contains("the old one no longer works"), browser::text);
        assertTrue(browser.text().contains(SHOWN_ONCE), browser::text);
        String newSecret = byId("new-client-secret");
        assertNotEquals(oldSecret, newSecret);
        assertTrue(newSecret.length() >= 43);

        browser.open("/settings/application?client_id=" + clientId);
        assertFalse(browser.text().contains(newSecret), "reloading does not show the secret again");
        assertFalse(browser.text().contains(SHOWN_ONCE));

        HttpResponse<String> old = server.send(tokenRequestWith(server, clientId, oldSecret));
        assertEquals(401, old.statusCode(), "the token endpoint refuses the old secret: " + old.body());
        assertTrue(old.body().contains("invalid_client"), old.body());
        HttpResponse<String> current = server.send(tokenRequestWith(server, clientId, newSecret));
        assertNotEquals(401, current.statusCode(), "the new secret authenticates: " + current.body());
    }

    /** A client_credentials request authenticated with client_secret_post. */
    private static HttpRequest tokenRequestWith(Server server, String clientId, String secret) {
        return server.request("/oauth/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Server.formBody(
                        Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))))
                .build();
    }

    @Test
    void whenApplicationEditedThenSavedAndInvalidChangesRefused() {
        signInAs(users.create("edith"));
        String name = "Editable " + NEXT.incrementAndGet();
        createApplication(name, "confidential");
        String clientId = byId("new-client-id");

        browser.open("/settings/application?client_id=" + clientId)
                .fill("Name", name + " renamed")
                .fill("Redirect URIs", "https://app.example/one\nhttp://127.0.0.1:8765/two")
                .check("repo:read - View all visible repositories")
                .press("Save");
        assertTrue(browser.text().contains("Saved " + name + " renamed."), browser::text);

        browser.open("/settings/application?client_id=" + clientId);
        assertEquals(name + " renamed", browser.field("Name").getDomProperty("value"));
        assertTrue(browser.field("Redirect URIs").getDomProperty("value").contains("http://127.0.0.1:8765/two"));
        assertTrue(browser.driver()
                .findElement(By.xpath("//label[normalize-space(.)="
                        + "'repo:read - View all visible repositories']/preceding-sibling::input"))
                .isSelected());

        browser.fill("Redirect URIs", "http://app.example/plain-http").press("Save");
        assertTrue(browser.text().contains("http is allowed only for loopback"), browser::text);
        browser.open("/settings/application?client_id=" + clientId);
        assertTrue(browser.field("Redirect URIs").getDomProperty("value").contains("https://app.example/one"));
    }

    @Test
    void whenDeleteConfirmedThenGoneButNotBeforeConfirmation() {
        signInAs(users.create("dora"));
        String name = "Doomed " + NEXT.incrementAndGet();
        createApplication(name, "confidential");
        String clientId = byId("new-client-id");

        browser.open("/settings/application?client_id=" + clientId).press("Delete");
        assertTrue(browser.text().contains("This cannot be undone."), browser::text);
        browser.open("/settings/applications");
        assertTrue(browser.text().contains(name), "not deleted before the confirmation");

        browser.open("/settings/application?client_id=" + clientId).press("Delete");
        assertTrue(browser.text().contains("Yes, delete") || browser.text().contains("This cannot be undone."));
        browser.press("Yes, delete");
        assertTrue(browser.text().contains("Deleted application " + name + "."), browser::text);
        browser.open("/settings/applications");
        assertFalse(browser.text().contains(name), browser::text);
        browser.open("/settings/application?client_id=" + clientId);
        assertTrue(browser.text().contains("You may not open this page."), browser::text);
    }

    @Test
    void whenAnotherUserOpensOrChangesTheApplicationThenRefusedAndUnchanged() {
        String owner = users.create("olga");
        String intruder = users.create("ivan");
        signInAs(owner);
        String name = "Private " + NEXT.incrementAndGet();
        createApplication(name, "confidential");
        String clientId = byId("new-client-id");
        browser.press("Sign out");

        signInAs(intruder);
        browser.open("/settings/applications");
        assertFalse(browser.text().contains(name), "another user's application is not listed");
        browser.open("/settings/application?client_id=" + clientId);
        assertTrue(browser.text().contains("You may not open this page."), browser::text);
        assertFalse(browser.text().contains(name));

        createApplication("Ivan's own " + NEXT.incrementAndGet(), "confidential");
        String ownClientId = byId("new-client-id");
        browser.open("/settings/application?client_id=" + ownClientId);
        pointFormsAt(clientId);
        browser.fill("Name", "Taken over").press("Save");
        assertTrue(browser.text().contains("You may not open this page."), browser::text);
        browser.open("/settings/application?client_id=" + ownClientId);
        pointFormsAt(clientId);
        browser.press("Delete");
        assertTrue(browser.text().contains("You may not open this page."), browser::text);
        browser.open("/").press("Sign out");

        signInAs(owner);
        browser.open("/settings/application?client_id=" + clientId);
        assertEquals(name, browser.field("Name").getDomProperty("value"), "unchanged");
    }

    @Test
    void whenNameHasScriptThenShownAsTextAndNotRun() {
        signInAs(users.create("mallory"));
        String name = "<script>alert(1)</script> " + NEXT.incrementAndGet();

        createApplication(name, "confidential");

        assertTrue(browser.text().contains(name), browser::text);
        assertThrows(
                NoAlertPresentException.class, () -> browser.driver().switchTo().alert());
        browser.open("/settings/applications");
        assertTrue(browser.text().contains(name), browser::text);
        assertFalse(browser.driver().getPageSource().contains("<script>alert(1)</script>"));
    }

    @Test
    void whenRedirectUriInvalidThenClearMessageAndNothingCreated() {
        signInAs(users.create("ursula"));
        String name = "Wildcard " + NEXT.incrementAndGet();

        browser.open("/settings/applications")
                .fill("Name", name)
                .fill("Redirect URIs", "https://*.example.com/callback")
                .press("Create application");

        assertTrue(browser.text().contains("Redirect URIs cannot contain wildcards"), browser::text);
        assertFalse(browser.text().contains(SHOWN_ONCE));
        browser.open("/settings/applications");
        assertFalse(browser.text().contains(name), "nothing was created");
    }

    @Test
    void whenAdminDisablesAndApprovesThenStatusFollowsAndOwnerSeesIt() {
        String owner = users.create("owen");
        signInAs(owner);
        String name = "Moderated " + NEXT.incrementAndGet();
        createApplication(name, "confidential");
        browser.press("Sign out");

        signInAs("admin", Users.adminPassword());
        browser.open("/admin/applications");
        assertTrue(browser.rowText(name).contains(owner), () -> browser.rowText(name));
        assertTrue(browser.rowText(name).contains("active"), () -> browser.rowText(name));

        browser.pressInRow(name, "Disable");
        assertTrue(browser.text().contains("Disabled " + name + "."), browser::text);
        assertTrue(browser.rowText(name).contains("disabled"), () -> browser.rowText(name));
        browser.press("Sign out");

        signInAs(owner);
        browser.open("/settings/applications");
        assertTrue(browser.text().contains("disabled"), browser::text);
        browser.press("Sign out");

        signInAs("admin", Users.adminPassword());
        browser.open("/admin/applications").pressInRow(name, "Approve");
        assertTrue(browser.text().contains("Approved " + name + "."), browser::text);
        assertTrue(browser.rowText(name).contains("active"), () -> browser.rowText(name));
    }

    @Test
    void whenAnApplicationIsRegisteredWhileTheAdminLooksThenDisableActsOnTheRowTheAdminPressed() {
        String owner = users.create("rowan");
        signInAs(owner);
        String name = "Row target " + NEXT.incrementAndGet();
        createApplication(name, "confidential");
        browser.press("Sign out");
        signInAs("admin", Users.adminPassword());
        browser.open("/admin/applications");

        // Newest first: an application registered now takes the first row, and every row below moves down one.
        Clients.Client newcomer =
                Clients.confidential(server, "Row newcomer " + NEXT.incrementAndGet(), "https://newcomer.example/cb");
        browser.pressInRow(name, "Disable");

        assertTrue(browser.text().contains("Disabled " + name + "."), browser::text);
        assertTrue(browser.rowText(name).contains("disabled"), () -> browser.rowText(name));
        assertTrue(browser.rowText(newcomer.clientId()).contains("active"), () -> browser.rowText(newcomer.clientId()));
    }

    @Test
    void whenUserWithoutAdminRoleOpensAllApplicationsThenRefused() {
        signInAs(users.create("norma"));
        assertTrue(browser.text().contains("Applications"), "signed-in users see the Applications link");
        assertFalse(browser.text().contains("All applications"), "only admins see the admin link");

        browser.open("/admin/applications");

        assertTrue(browser.text().contains("You may not open this page."), browser::text);
    }

    private void createApplication(String name, String clientType) {
        browser.open("/settings/applications")
                .fill("Name", name)
                .fill("Website", "https://app.example")
                .fill("Redirect URIs", "https://app.example/callback\nhttp://127.0.0.1/callback")
                .check("event:write - Add and update events")
                .check(clientType)
                .press("Create application");
    }

    /** Rewrites the hidden client_id of every form, as a user could with the browser's developer tools. */
    private void pointFormsAt(String clientId) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "document.querySelectorAll('input[name=client_id]').forEach(i => i.value = arguments[0]);",
                        clientId);
    }

    private String byId(String id) {
        try {
            return browser.driver().findElement(By.id(id)).getText();
        } catch (NoSuchElementException e) {
            throw new AssertionError("no #" + id + " on " + browser.path() + ": " + browser.text(), e);
        }
    }

    private void signInAs(String username) {
        signInAs(username, Users.PASSWORD);
    }

    private void signInAs(String username, String password) {
        browser.open("/").signIn(username, password);
    }
}
