package dev.grantry.it.oidc;

import static dev.grantry.it.support.Clients.authorizePath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.Browser;
import dev.grantry.it.support.Callback;
import dev.grantry.it.support.Clients;
import dev.grantry.it.support.Clients.Client;
import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import dev.grantry.it.support.Users;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The authentication request's parameters in the browser (OpenID Connect Core 1.0 §3.1.2.1, §3.1.2.6):
 * {@code prompt}, {@code max_age}, {@code login_hint}, and request objects refused.
 */
@GrantryIT
class OpenIdRequestBrowserIT {

    private final Server server;
    private final Browser browser;
    private final Users users;
    private final Callback callback = new Callback();

    OpenIdRequestBrowserIT(Server server, Browser browser, Users users) {
        this.server = server;
        this.browser = browser;
        this.users = users;
    }

    @AfterEach
    void close() {
        callback.close();
    }

    @Test
    void whenPromptIsNoneAndNobodyIsSignedInThenLoginRequiredWithoutAPage() {
        Client client = relyingParty("Silent App");

        browser.open(request(client, "prompt", "none"));

        assertAnswered("login_required");
    }

    @Test
    void whenTheRequestSendsARequestObjectThenRequestNotSupported() {
        Client client = relyingParty("Request Object App");

        browser.open(request(client, "request", "eyJhbGciOiJub25lIn0.e30."));
        assertAnswered("request_not_supported");

        browser.open(request(client, "request_uri", "https://rp.example/request.jwt"));
        assertAnswered("request_uri_not_supported");
    }

    @Test
    void whenTheUserHasAuthorizedThenPromptNoneAnswersWithACodeAndPromptConsentShowsTheConsentPage() {
        Client client = relyingParty("Remembered App");
        String user = users.create("prompt");
        signInAndAuthorize(client, user);

        browser.open(request(client, "prompt", "none"));
        assertTrue(browser.driver().getCurrentUrl().startsWith(callback.uri() + "?code="), browser::path);

        browser.open(request(client, "prompt", "consent"));
        assertTrue(browser.path().startsWith("/consent?request="), browser::path);
        String page = browser.text();
        assertTrue(page.contains("openid — Sign you in with your Grantry identity"), page);
        assertTrue(page.contains("profile — Read your name and username"), page);
    }

    @Test
    void whenPromptIsNoneButConsentIsMissingThenConsentRequired() {
        Client client = relyingParty("Unauthorized App");
        Client other = relyingParty("Other App");
        String user = users.create("prompt");
        signInAndAuthorize(other, user);

        browser.open(request(client, "prompt", "none"));

        assertAnswered("consent_required");
    }

    @Test
    void whenPromptIsLoginOrTheSignInIsOlderThanMaxAgeThenTheSignedInUserSignsInAgain() {
        Client client = relyingParty("Fresh Sign-in App");
        String user = users.create("prompt");
        signInAndAuthorize(client, user);

        browser.open(request(client, "prompt", "login"));
        assertTrue(browser.path().startsWith("/login"), browser::path);
        browser.signIn(user, Users.PASSWORD);
        assertTrue(browser.driver().getCurrentUrl().startsWith(callback.uri() + "?code="), browser::path);

        browser.open(request(client, "max_age", "0"));
        assertTrue(browser.path().startsWith("/login"), browser::path);
    }

    @Test
    void whenTheRequestHasALoginHintThenTheSignInPageIsPrefilledWithIt() {
        Client client = relyingParty("Hinting App");

        browser.open(request(client, "login_hint", "somebody"));

        assertTrue(browser.path().startsWith("/login"), browser::path);
        assertEquals("somebody", browser.field("Username").getDomProperty("value"));
    }

    private Client relyingParty(String name) {
        return Clients.register(
                server,
                name,
                "client_secret_basic",
                OpenIdConnectIT.SCOPE,
                List.of("authorization_code", "refresh_token"),
                callback.uri());
    }

    private void signInAndAuthorize(Client client, String user) {
        browser.open(request(client, "nonce", "n"));
        browser.signIn(user, Users.PASSWORD).press("Authorize");
        assertTrue(browser.driver().getCurrentUrl().startsWith(callback.uri() + "?code="), browser::path);
    }

    /** An OpenID Connect authentication request of {@code client} with one more parameter. */
    private String request(Client client, String name, String value) {
        return authorizePath(
                "/oauth/authorize",
                "response_type",
                "code",
                "client_id",
                client.clientId(),
                "redirect_uri",
                client.redirectUri(),
                "scope",
                "openid profile",
                "state",
                "st",
                name,
                value);
    }

    /** The client was answered {@code error} at its redirect URI with the state, as Core 1.0 §3.1.2.6 says. */
    private void assertAnswered(String error) {
        String url = browser.driver().getCurrentUrl();
        assertTrue(url.startsWith(callback.uri()), url);
        Map<String, String> parameters = Callback.parameters(url);
        assertEquals(error, parameters.get("error"), url);
        assertEquals("st", parameters.get("state"));
    }
}
