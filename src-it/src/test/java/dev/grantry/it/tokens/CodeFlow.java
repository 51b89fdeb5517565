package dev.grantry.it.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.Browser;
import dev.grantry.it.support.GrantryDeployment;
import dev.grantry.it.support.Server;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;

/**
 * Gets an authorization code as a user would: the administrator signs in and authorizes in the browser (consent
 * may be remembered), with PKCE S256; the redirect lands on a loopback URI of the server under test.
 */
final class CodeFlow {

    static final String CALLBACK = "/it-callback";

    private final Server server;
    private final Browser browser;

    CodeFlow(Server server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }

    static String redirectUri(Server server) {
        return server.url(CALLBACK);
    }

    /** A code with its PKCE verifier. */
    record Code(String code, String verifier) {
    }

    Code authorize(RegisteredClient client, String scope) {
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(random(16));
        browser.open("/oauth/authorize?response_type=code&client_id=" + encode(client.clientId())
                + "&redirect_uri=" + encode(redirectUri(server)) + "&scope=" + encode(scope)
                + "&state=" + state + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256");
        if (browser.path().startsWith("/login.xhtml")) {
            browser.signIn("admin", GrantryDeployment.adminPassword());
        }
        if (!browser.driver().findElements(By.xpath("//input[@type='submit' and @value='Authorize']")).isEmpty()) {
            browser.press("Authorize");
        }
        String path = browser.path();
        assertTrue(path.startsWith(CALLBACK + "?"), () -> path + "\n" + browser.text());
        Map<String, String> query = Arrays.stream(URI.create(path).getRawQuery().split("&"))
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        assertEquals(state, query.get("state"));
        return new Code(query.get("code"), verifier);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return value;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
