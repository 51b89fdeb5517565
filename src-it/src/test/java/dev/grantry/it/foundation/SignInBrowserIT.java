package dev.grantry.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.Browser;
import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Users;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@GrantryIT
class SignInBrowserIT {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final Browser browser;
    private final Users users;

    SignInBrowserIT(Browser browser, Users users) {
        this.browser = browser;
        this.users = users;
    }

    @Test
    void whenAdminCreatesUserThenSignsOutThenThatUserCanSignIn() {
        String username = uniqueUsername("alice");
        signInAsAdmin();
        assertTrue(browser.text().contains("Welcome, admin"), browser::text);

        browser.open("/admin/users")
                .fill("Username", username)
                .fill("Name", "Alice Example")
                .fill("Email", username + "@example.org")
                .fill("Password", Users.PASSWORD)
                .check("auditor")
                .press("Create user");
        assertTrue(browser.text().contains("Created user " + username + "."), browser::text);
        assertTrue(browser.text().contains(username + "@example.org"));

        browser.press("Sign out");
        assertTrue(browser.text().contains("You are signed out."), browser::text);
        assertTrue(browser.path().startsWith("/login"), browser::path);

        browser.open("/").signIn(username, Users.PASSWORD);
        assertTrue(browser.text().contains("Welcome, " + username), browser::text);
        assertFalse(browser.text().contains("Users"), "a non-admin sees no admin link");

        browser.open("/admin/users");
        assertTrue(browser.text().contains("You may not open this page."), browser::text);
    }

    @Test
    void whenProtectedPageAskedBeforeSignInThenReturnedToItAfterwards() {
        browser.open("/admin/users");
        assertTrue(browser.path().startsWith("/login"), browser::path);

        browser.signIn("admin", Users.adminPassword());

        assertEquals("/admin/users", browser.path());
        assertTrue(browser.text().contains("New user"), browser::text);
    }

    @Test
    void whenPasswordWrongThenRefusedWithoutSayingWhichWasWrong() {
        browser.open("/").signIn("admin", "not the password");

        assertTrue(browser.text().contains("Wrong username or password."), browser::text);
        assertTrue(browser.path().startsWith("/login"), browser::path);

        browser.open("/").signIn("nobody-" + NEXT.incrementAndGet(), "not the password");
        assertTrue(browser.text().contains("Wrong username or password."), browser::text);
    }

    @Test
    void whenFiveFailuresThenUsernameLockedEvenForTheRightPassword() {
        String username = users.create("mallory");

        browser.open("/login");
        for (int attempt = 1; attempt <= 4; attempt++) {
            browser.signIn(username, "wrong password " + attempt);
            assertTrue(browser.text().contains("Wrong username or password."), browser::text);
        }
        browser.signIn(username, "wrong password 5");
        assertTrue(browser.text().contains("Too many failed sign-ins"), browser::text);

        browser.signIn(username, Users.PASSWORD);
        assertTrue(browser.text().contains("Too many failed sign-ins"), browser::text);
        assertFalse(browser.text().contains("Welcome"));
    }

    @Test
    void whenSignInSucceedsThenEarlierFailuresAreForgotten() {
        String username = users.create("bob");

        browser.open("/login");
        for (int attempt = 1; attempt <= 4; attempt++) {
            browser.signIn(username, "wrong password " + attempt);
        }
        browser.signIn(username, Users.PASSWORD);
        assertTrue(browser.text().contains("Welcome, " + username), browser::text);
        browser.press("Sign out");

        browser.signIn(username, "wrong again");
        assertTrue(browser.text().contains("Wrong username or password."), browser::text);
    }

    @Test
    void whenUserDisabledThenCannotSignInUntilEnabled() {
        String username = users.create("carol");

        signInAsAdmin();
        browser.open("/admin/users").pressInRow(username, "Disable");
        assertTrue(browser.text().contains("Disabled " + username + "."), browser::text);
        browser.press("Sign out");

        browser.signIn(username, Users.PASSWORD);
        assertTrue(browser.text().contains("Wrong username or password."), browser::text);

        signInAsAdmin();
        browser.open("/admin/users").pressInRow(username, "Enable");
        browser.press("Sign out");
        browser.signIn(username, Users.PASSWORD);
        assertTrue(browser.text().contains("Welcome, " + username), browser::text);
    }

    @Test
    void whenUsernameTakenOrInvalidThenClearMessageAndNothingChanges() {
        String username = users.create("dave");

        signInAsAdmin();
        browser.open("/admin/users")
                .fill("Username", username)
                .fill("Email", "other@example.org")
                .fill("Password", Users.PASSWORD)
                .press("Create user");
        assertTrue(browser.text().contains("The username " + username + " is taken."), browser::text);
        assertFalse(browser.text().contains("other@example.org"), "the existing user is unchanged");

        browser.fill("Username", "<script>alert(1)</script>")
                .fill("Password", Users.PASSWORD)
                .press("Create user");
        assertTrue(browser.text().contains("A username is 1 to 64 letters"), browser::text);
    }

    private void signInAsAdmin() {
        browser.open("/").signIn("admin", Users.adminPassword());
    }

    private static String uniqueUsername(String prefix) {
        return prefix + NEXT.incrementAndGet();
    }
}
