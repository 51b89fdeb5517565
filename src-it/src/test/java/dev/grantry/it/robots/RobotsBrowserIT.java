package dev.grantry.it.robots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.Browser;
import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import dev.grantry.it.support.Users;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * {@code /settings/robots} and {@code /admin/robots}: a robot's token shown once, its permissions changed, its token
 * regenerated and the robot deleted, each checked at the registry token service; robots of others never shown.
 */
@GrantryIT
class RobotsBrowserIT {

    private static final String SHOWN_ONCE = "Copy it now, it will not be shown again.";

    private final Server server;
    private final Browser browser;
    private final Users users;

    RobotsBrowserIT(Server server, Browser browser, Users users) {
        this.server = server;
        this.browser = browser;
        this.users = users;
    }

    private void signInAs(String username, String password) {
        browser.forgetSessions();
        browser.open("/settings/robots").signIn(username, password);
        assertEquals("/settings/robots", browser.path());
    }

    private String createRobot(String shortName, String permissions) {
        browser.fill("Name", shortName)
                .fill("Description", "Robot " + shortName)
                .fill("Permissions", permissions)
                .press("Create robot");
        return browser.driver().findElement(By.id("robot-token")).getText();
    }

    /** The status of the registry token service's answer to the robot: 200 with its token, 401 without. */
    private int realm(String username, String token) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + token).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = server.send(server.request("/v2/auth?service=registry.grantry.test")
                .header("Authorization", "Basic " + basic)
                .build());
        return response.statusCode();
    }

    @Test
    void whenAUserCreatesARobotThenItsTokenIsShownOnceAndItIsListedWithItsPermissions() {
        String alice = users.create("alice");
        signInAs(alice, Users.PASSWORD);

        String token = createRobot("ci", "app:push web:pull");

        assertTrue(browser.text().contains("Created robot " + alice + "+ci."), browser::text);
        assertTrue(browser.text().contains(SHOWN_ONCE), browser::text);
        assertEquals(
                alice + "+ci", browser.driver().findElement(By.id("robot-name")).getText());
        assertTrue(token.length() >= 43, "at least 256 bits");
        browser.open("/settings/robots");
        assertFalse(browser.text().contains(token), "the token is not shown again");
        assertFalse(browser.text().contains(SHOWN_ONCE));
        assertEquals(
                "app:push web:pull",
                browser.field("Permissions of " + alice + "+ci").getDomProperty("value"));
        assertEquals(
                "Robot ci", browser.field("Description of " + alice + "+ci").getDomProperty("value"));
    }

    @Test
    void whenTheTokenIsRegeneratedThenOnlyTheNewOneIsAcceptedAndDeletingEndsIt() {
        String bob = users.create("bob");
        signInAs(bob, Users.PASSWORD);
        String old = createRobot("deploy", "app:pull");
        assertEquals(200, realm(bob + "+deploy", old));

        browser.pressInRow(bob + "+deploy", "Regenerate token");
        String regenerated = browser.driver().findElement(By.id("robot-token")).getText();

        assertTrue(browser.text().contains("Regenerated the token of " + bob + "+deploy"), browser::text);
        assertEquals(401, realm(bob + "+deploy", old));
        assertEquals(200, realm(bob + "+deploy", regenerated));
        browser.pressInRow(bob + "+deploy", "Delete");
        assertTrue(browser.text().contains("Deleted robot " + bob + "+deploy."), browser::text);
        assertTrue(browser.text().contains("There are no robots yet."), browser::text);
        assertEquals(401, realm(bob + "+deploy", regenerated));
    }

    @Test
    void whenPermissionsAreChangedOrBadThenSavedOrRefusedWithAClearMessage() {
        String carol = users.create("carol");
        signInAs(carol, Users.PASSWORD);
        createRobot("ci", "app:pull");

        browser.fill("Permissions of " + carol + "+ci", "app:push other:pull").pressInRow(carol + "+ci", "Save");
        assertTrue(browser.text().contains("Saved robot " + carol + "+ci."), browser::text);
        assertEquals(
                "app:push other:pull",
                browser.field("Permissions of " + carol + "+ci").getDomProperty("value"));

        browser.fill("Name", "bad").fill("Permissions", "App:delete").press("Create robot");
        assertTrue(
                browser.text().contains("Write each permission as repository:pull or repository:push"), browser::text);
        browser.fill("Name", "Bad Name").fill("Permissions", "").press("Create robot");
        assertTrue(browser.text().contains("A robot's name is 2 to 64 lower-case letters"), browser::text);
        browser.open("/settings/robots");
        assertFalse(browser.text().contains(carol + "+bad"), browser::text);
    }

    @Test
    void whenAnotherUserOpensTheirRobotsThenTheyNeverSeeOthersAndRobotsCannotSignIn() {
        String dave = users.create("dave");
        signInAs(dave, Users.PASSWORD);
        String token = createRobot("ci", "app:pull");
        String erin = users.create("erin");

        signInAs(erin, Users.PASSWORD);
        assertFalse(browser.text().contains(dave + "+ci"), browser::text);
        browser.open("/admin/robots");
        assertTrue(browser.text().contains("You may not open this page."), browser::text);

        browser.forgetSessions();
        browser.open("/settings/robots").signIn(dave + "+ci", token);
        assertTrue(browser.path().startsWith("/login"), "a robot never signs in to pages: " + browser.path());
    }

    @Test
    void whenAnAdministratorManagesRobotsThenEveryNamespaceIsListedAndTheAuditTrailFiltersThem() {
        String frank = users.create("frank");
        signInAs(frank, Users.PASSWORD);
        createRobot("ci", "app:pull");
        signInAs("admin", Users.adminPassword());

        browser.open("/admin/robots");
        assertTrue(browser.text().contains(frank + "+ci"), browser::text);
        browser.fill("Owner", frank)
                .fill("Name", "nightly")
                .fill("Permissions", "app:push")
                .press("Create robot");
        assertTrue(browser.text().contains("Created robot " + frank + "+nightly."), browser::text);
        assertTrue(browser.text().contains(SHOWN_ONCE), browser::text);
        browser.pressInRow(frank + "+ci", "Delete");
        assertTrue(browser.text().contains("Deleted robot " + frank + "+ci."), browser::text);

        browser.open("/admin/audit?type=ROBOT_CREATED&user=" + frank);
        String created = browser.text();
        assertTrue(created.contains(frank + "+nightly"), created);
        assertTrue(created.contains(frank + "+ci"), created);
        browser.open("/admin/audit?type=ROBOT_DELETED&user=" + frank);
        assertTrue(browser.text().contains(frank + "+ci"), browser::text);
        assertFalse(browser.text().contains(frank + "+nightly"), browser::text);
    }
}
