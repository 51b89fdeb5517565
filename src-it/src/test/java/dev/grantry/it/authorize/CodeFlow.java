package dev.grantry.it.authorize;

import static dev.grantry.it.authorize.Clients.authorizePath;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.authorize.Clients.Client;
import dev.grantry.it.support.Browser;
import dev.grantry.it.support.Server;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Gets codes in the browser (signing in and authorizing as needed) and redeems them at the token endpoint. */
final class CodeFlow {

    private final Server server;
    private final Browser browser;
    private final Callback callback;
    private final String username;

    CodeFlow(Server server, Browser browser, Callback callback, String username) {
        this.server = server;
        this.browser = browser;
        this.callback = callback;
        this.username = username;
    }

    /** A fresh code for {@code client}, with a PKCE S256 challenge when {@code verifier} is not {@code null}. */
    String code(Client client, String scope, String verifier) {
        browser.open(authorizePath("/oauth/authorize", "response_type", "code", "client_id", client.clientId(),
                "redirect_uri", client.redirectUri(), "scope", scope, "state", "st",
                "code_challenge", verifier == null ? null : Clients.s256(verifier),
                "code_challenge_method", verifier == null ? null : "S256"));
        if (browser.path().startsWith("/login.xhtml")) {
            browser.signIn(username, Users.PASSWORD);
        }
        if (browser.path().startsWith("/consent.xhtml")) {
            browser.press("Authorize");
        }
        String url = browser.driver().getCurrentUrl();
        assertTrue(url.startsWith(callback.uri() + "?code="), url);
        return Callback.parameters(url).get("code");
    }

    /**
     * Redeems {@code code} (RFC 6749 §4.1.3), authenticating a confidential client with HTTP Basic and naming a
     * public one by {@code client_id}; {@code null} parameters are left out.
     */
    HttpResponse<String> redeem(Client client, String code, String redirectUri, String verifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        if (redirectUri != null) {
            form.put("redirect_uri", redirectUri);
        }
        if (verifier != null) {
            form.put("code_verifier", verifier);
        }
        return tokenRequest(client, form);
    }

    HttpResponse<String> tokenRequest(Client client, Map<String, String> form) {
        HttpRequest.Builder request = server.request("/oauth/token")
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (client.secret() == null) {
            form.put("client_id", client.clientId());
        } else {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (encode(client.clientId()) + ":" + encode(client.secret())).getBytes(StandardCharsets.UTF_8)));
        }
        return server.send(request.POST(HttpRequest.BodyPublishers.ofString(Server.formBody(form))).build());
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
