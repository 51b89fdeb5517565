package dev.grantry.it.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import dev.grantry.it.support.Browser;
import dev.grantry.it.support.Clients;
import dev.grantry.it.support.Clients.Client;
import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import dev.grantry.it.support.Users;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An administrator rotates the signing keys on /admin/keys; the JWK Set publishes the active and previous keys, and
 * tokens signed before the rotation stay verifiable. The keys are whatever the shared server holds when this runs:
 * the assertions follow the key that signs tokens before the rotation.
 */
@GrantryIT
class JwksRotationBrowserIT {

    @Test
    void whenAdministratorRotatesKeysThenJwksPublishesActiveAndPreviousOnly(Server server, Browser browser)
            throws Exception {
        Client client = Clients.machine(server, "Token IT", "repo:read");
        SignedJWT oldToken = token(server, client);
        String original = oldToken.getHeader().getKeyID();
        assertTrue(kids(server).contains(original));
        browser.open("/admin/keys").signIn("admin", Users.adminPassword());
        assertTrue(browser.path().startsWith("/admin/keys"), browser::path);
        assertEquals("active", status(browser, original), "the key that signs tokens is the active one");

        browser.press("Rotate keys");

        assertTrue(browser.text().contains("signs new tokens"), browser::text);
        SignedJWT newToken = token(server, client);
        String rotated = newToken.getHeader().getKeyID();
        assertNotEquals(original, rotated, "new tokens are signed by the new key");
        assertEquals(Set.of(rotated, original), kids(server));
        assertEquals("active", status(browser, rotated));
        assertEquals("previous", status(browser, original));
        assertNewestFirstActivePreviousThenRetired(browser);
        assertTrue(verifies(server, oldToken), "a token signed before the rotation still verifies");
        assertTrue(verifies(server, newToken));

        browser.press("Rotate keys");

        Set<String> afterSecond = kids(server);
        assertEquals(2, afterSecond.size(), afterSecond::toString);
        assertTrue(afterSecond.contains(rotated), "the active key becomes the previous one: " + afterSecond);
        assertFalse(afterSecond.contains(original), "the oldest key is retired: " + afterSecond);
        assertEquals("previous", status(browser, rotated));
        assertEquals("retired", status(browser, original));
        assertNewestFirstActivePreviousThenRetired(browser);
    }

    @Test
    void whenSignedOutUserOpensKeysPageThenAskedToSignIn(Server server) {
        var response = server.get("/admin/keys");

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/login"));
    }

    /** The status the keys page shows for the key {@code kid}. */
    private static String status(Browser browser, String kid) {
        return browser.driver()
                .findElement(By.xpath(
                        "//tr[td/code[@class='kid' and normalize-space(.)='" + kid + "']]//span[@class='status']"))
                .getText()
                .trim();
    }

    /** One active key, then one previous, then only retired ones: the page lists the keys newest first. */
    private static void assertNewestFirstActivePreviousThenRetired(Browser browser) {
        List<String> statuses = browser.driver().findElements(By.cssSelector("span.status")).stream()
                .map(e -> e.getText().trim())
                .toList();
        assertEquals(List.of("active", "previous"), statuses.subList(0, 2), statuses::toString);
        assertTrue(statuses.subList(2, statuses.size()).stream().allMatch("retired"::equals), statuses::toString);
    }

    private static SignedJWT token(Server server, Client client) throws Exception {
        HttpResponse<String> response = server.send(server.request("/oauth/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", client.basicAuthorization())
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build());
        assertEquals(200, response.statusCode(), response.body());
        String accessToken = Json.createReader(new StringReader(response.body()))
                .readObject()
                .getString("access_token");
        return SignedJWT.parse(accessToken);
    }

    private static boolean verifies(Server server, SignedJWT token) throws Exception {
        JWK key = JWKSet.parse(server.get("/oauth/jwks").body())
                .getKeyByKeyId(token.getHeader().getKeyID());
        return key != null && token.verify(new RSASSAVerifier((RSAKey) key));
    }

    private static Set<String> kids(Server server) throws Exception {
        var response = server.get("/oauth/jwks");
        assertEquals(200, response.statusCode(), response.body());
        return JWKSet.parse(response.body()).getKeys().stream()
                .map(JWK::getKeyID)
                .collect(Collectors.toSet());
    }
}
