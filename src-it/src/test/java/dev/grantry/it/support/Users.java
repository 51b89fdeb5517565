package dev.grantry.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Users for the tests, created by the administrator on the admin page, in a browser of the administrator's own that
 * stays signed in: a test's browser is left as it was, and creating a user costs no sign-in (a deliberately slow
 * password hash). One per test JVM, from {@link GrantryExtension}.
 */
public final class Users implements AutoCloseable {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final Browser admin;

    /** Users of the Grantry at {@code server}; closing it closes the administrator's browser. */
    public Users(Server server) {
        this.admin = new Browser(server);
    }

    /** The bootstrap administrator's password the integration tests start Grantry with. */
    public static String adminPassword() {
        return System.getProperty("it.admin.password");
    }

    /**
     * Creates a user whose name starts with {@code prefix} and is new on the server, with {@link #PASSWORD} and the
     * {@code roles} (such as {@code auditor}) besides {@code user}.
     */
    public synchronized String create(String prefix, String... roles) {
        String username = prefix + System.nanoTime() % 100_000 + "-" + NEXT.incrementAndGet();
        if (!admin.path().startsWith("/admin/users")) {
            // Only the first time: then the page stays, ready for the next user, and the session outlives a run.
            admin.open("/admin/users").signIn("admin", adminPassword());
        }
        admin.fill("Username", username).fill("Password", PASSWORD);
        for (String role : roles) {
            admin.check(role);
        }
        admin.press("Create user");
        assertTrue(admin.text().contains("Created user " + username + "."), admin::text);
        return username;
    }

    /** Disables {@code username} on the admin page, as an administrator would. */
    public synchronized void disable(String username) {
        admin.open("/admin/users").pressInRow(username, "Disable");
        assertTrue(admin.text().contains("Disabled " + username), admin::text);
    }

    @Override
    public void close() {
        admin.close();
    }
}
