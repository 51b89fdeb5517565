package dev.grantry.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.Browser;
import dev.grantry.it.support.GrantryDeployment;
import dev.grantry.it.support.Server;
import dev.grantry.it.support.Users;
import java.net.URL;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrowserIT {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return GrantryDeployment.war();
    }

    @ArquillianResource
    URL deploymentUrl;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(Server.at(deploymentUrl));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void whenAdminCreatesUserThenSignsOutThenThatUserCanSignIn() {
        String username = uniqueUsername("alice");
        signInAsAdmin();
        assertTrue(browser.text().contains("Welcome, admin"), browser.text());

        browser.open("/admin/users.xhtml")
                .fill("Username", username)
                .fill("Name", "Alice Example")
                .fill("Email", username + "@example.org")
                .fill("Password", Users.PASSWORD)
                .check("auditor")
                .press("Create user");
        assertTrue(browser.text().contains("Created user " + username + "."), browser.text());
        assertTrue(browser.text().contains(username + "@example.org"));

        browser.press("Sign out");
        assertTrue(browser.text().contains("You are signed out."), browser.text());
        assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());

        browser.open("/").signIn(username, Users.PASSWORD);
        assertTrue(browser.text().contains("Welcome, " + username), browser.text());
        assertFalse(browser.text().contains("Users"), "a non-admin sees no admin link");

        browser.open("/admin/users.xhtml");
        assertTrue(browser.text().contains("You may not open this page."), browser.text());
    }

    @Test
    void whenProtectedPageAskedBeforeSignInThenReturnedToItAfterwards() {
        browser.open("/admin/users.xhtml");
        assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());

        browser.signIn("admin", GrantryDeployment.adminPassword());

        assertEquals("/admin/users.xhtml", browser.path());
        assertTrue(browser.text().contains("New user"), browser.text());
    }

    @Test
    void whenPasswordWrongThenRefusedWithoutSayingWhichWasWrong() {
        browser.open("/").signIn("admin", "not the password");

        assertTrue(browser.text().contains("Wrong username or password."), browser.text());
        assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());

        browser.open("/").signIn("nobody-" + NEXT.incrementAndGet(), "not the password");
        assertTrue(browser.text().contains("Wrong username or password."), browser.text());
    }

    @Test
    void whenFiveFailuresThenUsernameLockedEvenForTheRightPassword() {
        String username = Users.create(browser, "mallory");

        browser.open("/login.xhtml");
        for (int attempt = 1; attempt <= 4; attempt++) {
            browser.signIn(username, "wrong password " + attempt);
            assertTrue(browser.text().contains("Wrong username or password."), browser.text());
        }
        browser.signIn(username, "wrong password 5");
        assertTrue(browser.text().contains("Too many failed sign-ins"), browser.text());

        browser.signIn(username, Users.PASSWORD);
        assertTrue(browser.text().contains("Too many failed sign-ins"), browser.text());
        assertFalse(browser.text().contains("Welcome"));
    }

    @Test
    void whenSignInSucceedsThenEarlierFailuresAreForgotten() {
        String username = Users.create(browser, "bob");

        browser.open("/login.xhtml");
        for (int attempt = 1; attempt <= 4; attempt++) {
            browser.signIn(username, "wrong password " + attempt);
        }
        browser.signIn(username, Users.PASSWORD);
        assertTrue(browser.text().contains("Welcome, " + username), browser.text());
        browser.press("Sign out");

        browser.signIn(username, "wrong again");
        assertTrue(browser.text().contains("Wrong username or password."), browser.text());
    }

    @Test
    void whenUserDisabledThenCannotSignInUntilEnabled() {
        String username = Users.create(browser, "carol");

        signInAsAdmin();
        browser.open("/admin/users.xhtml").pressInRow(username, "Disable");
        assertTrue(browser.text().contains("Disabled " + username + "."), browser.text());
        browser.press("Sign out");

        browser.signIn(username, Users.PASSWORD);
        assertTrue(browser.text().contains("Wrong username or password."), browser.text());

        signInAsAdmin();
        browser.open("/admin/users.xhtml").pressInRow(username, "Enable");
        browser.press("Sign out");
        browser.signIn(username, Users.PASSWORD);
        assertTrue(browser.text().contains("Welcome, " + username), browser.text());
    }

    @Test
    void whenUsernameTakenOrInvalidThenClearMessageAndNothingChanges() {
        String username = Users.create(browser, "dave");

        signInAsAdmin();
        browser.open("/admin/users.xhtml")
                .fill("Username", username)
                .fill("Email", "other@example.org")
                .fill("Password", Users.PASSWORD)
                .press("Create user");
        assertTrue(browser.text().contains("The username " + username + " is taken."), browser.text());
        assertFalse(browser.text().contains("other@example.org"), "the existing user is unchanged");

        browser.fill("Username", "<script>alert(1)</script>").fill("Password", Users.PASSWORD).press("Create user");
        assertTrue(browser.text().contains("A username is 1 to 64 letters"), browser.text());
    }

    private void signInAsAdmin() {
        browser.open("/").signIn("admin", GrantryDeployment.adminPassword());
    }

    private static String uniqueUsername(String prefix) {
        return prefix + NEXT.incrementAndGet();
    }
}
