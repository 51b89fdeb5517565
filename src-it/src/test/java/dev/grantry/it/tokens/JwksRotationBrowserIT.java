package dev.grantry.it.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import dev.grantry.it.support.Browser;
import dev.grantry.it.support.Clients.Client;
import dev.grantry.it.support.Clients;
import dev.grantry.it.support.GrantryDeployment;
import dev.grantry.it.support.Server;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * An administrator rotates the signing keys on /admin/keys; the JWK Set publishes the active and previous keys, and
 * tokens signed before the rotation stay verifiable.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JwksRotationBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return GrantryDeployment.war();
    }

    @ArquillianResource
    URL deploymentUrl;

    @Test
    void whenAdministratorRotatesKeysThenJwksPublishesActiveAndPreviousOnly() throws Exception {
        Server server = Server.at(deploymentUrl);
        Client client = Clients.machine(server, "Token IT", "repo:read");
        SignedJWT oldToken = token(server, client);
        Set<String> before = kids(server);
        assertEquals(1, before.size());
        try (Browser browser = new Browser(server)) {
            browser.open("/admin/keys.xhtml").signIn("admin", GrantryDeployment.adminPassword());
            assertTrue(browser.path().startsWith("/admin/keys.xhtml"), browser.path());
            assertEquals(List.of("active"), statuses(browser));
            String original = before.iterator().next();
            assertTrue(browser.text().contains(original), browser.text());

            browser.press("Rotate keys");

            assertEquals(List.of("active", "previous"), statuses(browser));
            Set<String> afterFirst = kids(server);
            assertEquals(2, afterFirst.size());
            assertTrue(afterFirst.contains(original));
            assertTrue(browser.text().contains("signs new tokens"), browser.text());
            SignedJWT newToken = token(server, client);
            assertTrue(verifies(server, oldToken), "a token signed before the rotation still verifies");
            assertTrue(verifies(server, newToken));
            assertEquals(original, oldToken.getHeader().getKeyID());
            assertTrue(afterFirst.contains(newToken.getHeader().getKeyID()));
            assertTrue(!original.equals(newToken.getHeader().getKeyID()), "new tokens are signed by the new key");

            browser.press("Rotate keys");

            assertEquals(List.of("active", "previous", "retired"), statuses(browser));
            Set<String> afterSecond = kids(server);
            assertEquals(2, afterSecond.size());
            assertTrue(!afterSecond.contains(original), "the oldest key is retired: " + afterSecond);
        }
    }

    @Test
    void whenSignedOutUserOpensKeysPageThenAskedToSignIn() {
        Server server = Server.at(deploymentUrl);

        var response = server.get("/admin/keys.xhtml");

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));
    }

    private static List<String> statuses(Browser browser) {
        return browser.driver().findElements(By.cssSelector("span.status")).stream()
                .map(e -> e.getText().trim()).toList();
    }

    private static SignedJWT token(Server server, Client client) throws Exception {
        HttpResponse<String> response = server.send(server.request("/oauth/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", client.basicAuthorization())
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
        assertEquals(200, response.statusCode(), response.body());
        String accessToken = Json.createReader(new StringReader(response.body())).readObject()
                .getString("access_token");
        return SignedJWT.parse(accessToken);
    }

    private static boolean verifies(Server server, SignedJWT token) throws Exception {
        JWK key = JWKSet.parse(server.get("/oauth/jwks").body()).getKeyByKeyId(token.getHeader().getKeyID());
        return key != null && token.verify(new RSASSAVerifier((RSAKey) key));
    }

    private static Set<String> kids(Server server) throws Exception {
        var response = server.get("/oauth/jwks");
        assertEquals(200, response.statusCode(), response.body());
        return JWKSet.parse(response.body()).getKeys().stream().map(JWK::getKeyID).collect(Collectors.toSet());
    }
}
