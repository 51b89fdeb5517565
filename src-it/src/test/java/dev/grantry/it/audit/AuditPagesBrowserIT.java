package dev.grantry.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.Browser;
import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import dev.grantry.it.support.Users;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The audit pages in a browser and over HTTP with the browser's session: what an auditor sees and exports, what a
 * user sees of their own, and the 403s of an auditor on administration and of a plain user on the audit pages.
 */
@GrantryIT
class AuditPagesBrowserIT {

    private static final String SESSION_COOKIE = "JSESSIONID";

    private final Server server;
    private final Browser browser;
    private final Users users;

    AuditPagesBrowserIT(Server server, Browser browser, Users users) {
        this.server = server;
        this.browser = browser;
        this.users = users;
    }

    /** Signs {@code username} in through the login page, in this class's browser. */
    private void signIn(String username) {
        browser.open("/login").signIn(username, Users.PASSWORD);
        assertTrue(browser.text().contains("Welcome, " + username), browser::text);
    }

    private String session() {
        return browser.driver().manage().getCookieNamed(SESSION_COOKIE).getValue();
    }

    private HttpResponse<String> get(String path) {
        return server.send(server.request(path)
                .header("Cookie", SESSION_COOKIE + "=" + session())
                .GET()
                .build());
    }

    @Test
    void whenAnAuditorFiltersByUserThenThatUsersSignInsAreShownAndTheChainVerifies() {
        String bob = users.create("bob");
        String auditor = users.create("auditor", "auditor");
        browser.open("/login").signIn(bob, "not bob's password");
        signIn(bob);
        browser.forgetSessions();
        signIn(auditor);

        browser.open("/admin/audit").fill("User", bob).press("Filter");

        assertTrue(browser.path().contains("user=" + bob), browser::path);
        List<String> rows = browser.driver().findElements(By.cssSelector("table.audit tbody tr")).stream()
                .map(row -> row.getText())
                .toList();
        assertEquals(3, rows.size(), rows::toString);
        assertTrue(rows.get(0).contains("SIGN_IN SUCCESS " + bob), rows.get(0));
        assertTrue(rows.get(1).contains("SIGN_IN FAILURE " + bob), rows.get(1));
        assertTrue(rows.get(1).contains("wrong password"), rows.get(1));
        assertTrue(rows.get(2).contains("USER_CREATED SUCCESS " + bob), rows.get(2));
        assertFalse(browser.text().contains("not bob's password"), "never a password");
        assertEquals(
                1,
                browser.driver()
                        .findElements(By.cssSelector("figure.chart svg"))
                        .size());

        browser.driver().findElement(By.linkText(bob)).click();
        assertTrue(browser.path().contains("user=" + bob), "each row links to the user's history");

        browser.press("Verify chain");
        assertTrue(browser.text().contains("The audit chain is intact"), browser::text);
    }

    @Test
    void whenAnAuditorExportsAFilterThenTheCsvHoldsExactlyItsEvents() {
        String carol = users.create("carol");
        String auditor = users.create("auditor", "auditor");
        signIn(auditor);
        String agent = (String) ((JavascriptExecutor) browser.driver()).executeScript("return navigator.userAgent");

        HttpResponse<String> csv = get(
                "/admin/audit/export.csv?type=USER_CREATED&user=" + URLEncoder.encode(carol, StandardCharsets.UTF_8));

        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals(
                "text/csv;charset=UTF-8",
                csv.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow().contains("grantry-audit.csv"));
        String quotedAgent = agent.contains(",") ? "\"" + agent.replace("\"", "\"\"") + "\"" : agent;
        Pattern expected = Pattern.compile(Pattern.quote(
                        "id,occurred_at,type,outcome,actor,user,client_id,scopes,grant_id,token_jti,remote_address,"
                                + "user_agent,node,detail,chain_seq\r\n")
                + "[0-9]+,[0-9-]+T[0-9:.]+Z,"
                + Pattern.quote("USER_CREATED,SUCCESS,admin," + carol + ",,,,,127.0.0.1," + quotedAgent + ",")
                + "[^,\r\n]+#[0-9]+"
                + Pattern.quote(",roles: user,")
                + "[0-9]*\r\n");
        assertTrue(expected.matcher(csv.body()).matches(), csv.body());
    }

    @Test
    void whenAnAuditorOpensAnAdministrationPageOrActsThenForbiddenButTheAuditPagesOpen() {
        signIn(users.create("auditor", "auditor"));

        for (String page : List.of("/admin/users", "/admin/applications", "/admin/keys")) {
            assertEquals(403, get(page).statusCode(), page);
        }
        HttpResponse<String> action = server.send(server.request("/admin/users")
                .header("Cookie", SESSION_COOKIE + "=" + session())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Server.formBody(Map.of(
                        "create:username", "sneaky", "create:password", Users.PASSWORD, "create:createUser", "x"))))
                .build());
        assertEquals(403, action.statusCode());
        browser.open("/admin/users");
        assertTrue(browser.text().contains("You may not open this page."), browser::text);
        assertEquals(200, get("/admin/audit").statusCode());
        assertEquals(200, get("/admin/audit/export.csv?type=SIGN_IN").statusCode());
    }

    @Test
    void whenAPlainUserOpensTheAuditPagesThenForbidden() {
        signIn(users.create("plain"));

        assertEquals(403, get("/admin/audit").statusCode());
        assertEquals(403, get("/admin/audit/export.csv").statusCode());
        assertEquals(403, get("/admin/audit.xhtml").statusCode());
        assertFalse(browser.open("/").text().contains("Audit trail"), "no link to what they may not open");
    }

    @Test
    void whenAUserOpensTheirActivityThenTheirOwnSignInsAndNobodyElses() {
        String dora = users.create("dora");
        String eve = users.create("eve");
        browser.open("/login").signIn(eve, "not eve's password");
        browser.open("/login").signIn(dora, "not dora's password");
        signIn(dora);

        browser.open("/settings/activity");

        String text = browser.text();
        assertTrue(text.contains("SIGN_IN SUCCESS"), text);
        assertTrue(text.contains("SIGN_IN FAILURE"), text);
        assertTrue(text.contains("wrong password"), text);
        assertTrue(text.contains("USER_CREATED"), text);
        assertFalse(text.contains(eve), text);
        assertEquals(
                3,
                browser.driver()
                        .findElements(By.cssSelector("table.audit tbody tr"))
                        .size(),
                text);
    }
}
