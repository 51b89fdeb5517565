package dev.grantry.it.lifecycle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.Browser;
import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Users;
import org.junit.jupiter.api.Test;

/**
 * Disabling a user ends the sessions they are signed in with: the check is made against the database on every
 * request, so it holds on whichever node the session lives.
 */
@GrantryIT
class DisabledUserSessionIT {

    private final Browser browser;
    private final Users users;

    DisabledUserSessionIT(Browser browser, Users users) {
        this.browser = browser;
        this.users = users;
    }

    @Test
    void whenTheAdministratorDisablesASignedInUserThenTheirNextPageRequestLandsOnTheLoginPage() {
        String username = users.create("ended");
        browser.open("/settings/authorizations").signIn(username, Users.PASSWORD);
        assertTrue(browser.path().startsWith("/settings/authorizations"), browser::path);
        browser.open("/settings/applications");
        assertTrue(browser.path().startsWith("/settings/applications"), "still signed in: " + browser.path());

        users.disable(username);

        browser.open("/settings/applications");
        assertTrue(browser.path().startsWith("/login"), browser::path);
        browser.open("/settings/authorizations");
        assertTrue(browser.path().startsWith("/login"), "the session stays ended: " + browser.path());
    }
}
