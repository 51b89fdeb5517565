package dev.grantry.it.authorize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.Browser;
import dev.grantry.it.support.GrantryDeployment;
import java.util.concurrent.atomic.AtomicInteger;

/** Users for the authorization tests, created by the administrator in the browser. */
final class Users {

    static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Users() {
    }

    /** Creates a user through the admin page, then signs the admin out. */
    static String create(Browser browser, String prefix) {
        String username = prefix + System.nanoTime() % 100_000 + "-" + NEXT.incrementAndGet();
        browser.open("/").signIn("admin", GrantryDeployment.adminPassword());
        browser.open("/admin/users.xhtml").fill("Username", username).fill("Password", PASSWORD)
                .press("Create user");
        assertTrue(browser.text().contains("Created user " + username + "."), browser.text());
        browser.press("Sign out");
        return username;
    }
}
