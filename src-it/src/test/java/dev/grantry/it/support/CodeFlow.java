package dev.grantry.it.support;

import static dev.grantry.it.support.Clients.authorizePath;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.Clients.Client;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** Gets codes in the browser (signing in and authorizing as needed) and redeems them at the token endpoint. */
public final class CodeFlow {

    private final Server server;
    private final Browser browser;
    private final Callback callback;
    private final String username;

    public CodeFlow(Server server, Browser browser, Callback callback, String username) {
        this.server = server;
        this.browser = browser;
        this.callback = callback;
        this.username = username;
    }

    /** A fresh code for {@code client}, with a PKCE S256 challenge when {@code verifier} is not {@code null}. */
    public String code(Client client, String scope, String verifier) {
        browser.open(authorizePath(
                "/oauth/authorize",
                "response_type",
                "code",
                "client_id",
                client.clientId(),
                "redirect_uri",
                client.redirectUri(),
                "scope",
                scope,
                "state",
                "st",
                "code_challenge",
                verifier == null ? null : Clients.s256(verifier),
                "code_challenge_method",
                verifier == null ? null : "S256"));
        if (browser.path().startsWith("/login")) {
            browser.signIn(username, Users.PASSWORD);
        }
        if (browser.path().startsWith("/consent")) {
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
    public HttpResponse<String> redeem(Client client, String code, String redirectUri, String verifier) {
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

    public HttpResponse<String> tokenRequest(Client client, Map<String, String> form) {
        return clientRequest("/oauth/token", client, form);
    }

    /** A form POST to {@code path} with the client's authentication, as at the token endpoint. */
    public HttpResponse<String> clientRequest(String path, Client client, Map<String, String> form) {
        HttpRequest.Builder request = server.request(path).header("Content-Type", "application/x-www-form-urlencoded");
        if (client.secret() == null) {
            form.put("client_id", client.clientId());
        } else {
            request.header("Authorization", client.basicAuthorization());
        }
        return server.send(request.POST(HttpRequest.BodyPublishers.ofString(Server.formBody(form)))
                .build());
    }

    public static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
