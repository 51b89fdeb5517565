package dev.grantry.it.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.Browser;
import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The sample OpenID client (module {@code sample-openid-client}), a Jakarta EE application whose only tie to Grantry
 * is Jakarta Security's standard {@code @OpenIdAuthenticationMechanismDefinition}, signs a user in with Grantry and
 * out again through Grantry's {@code end_session_endpoint} (RP-Initiated Logout 1.0), in a real browser.
 *
 * <p>The failsafe execution {@code configured} in {@code src-it/pom.xml} deploys the sample beside Grantry on Payara
 * Micro and seeds its registration ({@code seed/openid-sample-client.sql}); the default execution excludes this class.
 */
@GrantryIT
class OpenIdSampleClientBrowserIT {

    private static final String SAMPLE = "/sample-openid-client";

    private final Browser browser;
    private final Users users;

    OpenIdSampleClientBrowserIT(Browser browser, Users users) {
        this.browser = browser;
        this.users = users;
    }

    @Test
    void whenAUserSignsInThroughTheSampleThenItGreetsThemByTheirGrantryIdentity() {
        String user = users.create("sample");

        signInThroughTheSample(user);

        assertEquals("Hello, " + user + "!", text("greeting"));
        assertEquals(user, text("username"));
        String subject = text("subject");
        assertFalse(subject.isBlank(), browser::text);
        assertNotEquals(user, subject, "sub is Grantry's stable identifier, not the username");
    }

    @Test
    void whenTheUserSignsOutOfTheSampleThenGrantrySignsThemOutAndSendsThemBackToTheSample() {
        String user = users.create("sample");
        signInThroughTheSample(user);

        browser.press("Sign out");

        assertTrue(browser.path().startsWith(SAMPLE + "/signed-out"), browser::path);
        assertTrue(browser.text().contains("You are signed out."), browser::text);
        browser.open("/settings");
        assertTrue(browser.path().startsWith("/login"), "Grantry's session is gone: " + browser.path());
        browser.open(SAMPLE + "/");
        assertTrue(browser.path().startsWith("/login"), "the sample's session is gone: " + browser.path());
    }

    /** Opens the sample, which sends the browser to Grantry; signs in and authorizes; back on the sample's page. */
    private void signInThroughTheSample(String user) {
        browser.open(SAMPLE + "/");
        assertTrue(browser.path().startsWith("/login"), browser::path);
        browser.signIn(user, Users.PASSWORD);
        assertTrue(browser.path().startsWith("/consent"), browser::path);
        assertTrue(browser.text().contains("Sample OpenID Client"), browser::text);
        browser.press("Authorize");
        assertEquals(SAMPLE + "/", browser.path(), browser::text);
    }

    private String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }
}
