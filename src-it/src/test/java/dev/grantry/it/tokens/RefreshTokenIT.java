package dev.grantry.it.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.grantry.it.support.Browser;
import dev.grantry.it.support.GrantryDeployment;
import dev.grantry.it.support.Server;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The refresh_token grant over HTTP (RFC 6749 §6) with rotation on every use and family revocation when a used
 * refresh token, or a used code, is presented again (RFC 9700 §4.14.2, RFC 6749 §4.1.2).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RefreshTokenIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return GrantryDeployment.war();
    }

    @ArquillianResource
    URL deploymentUrl;

    Server server;
    Browser browser;
    RegisteredClient client;

    @BeforeEach
    void connect() {
        server = Server.at(deploymentUrl);
        browser = new Browser(server);
        client = RegisteredClient.register(server, "[\"authorization_code\", \"refresh_token\"]",
                "repo:read repo:write", CodeFlow.redirectUri(server));
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void whenRefreshedThenTokensRotateAndReusingTheOldRefreshTokenRevokesTheFamily() throws Exception {
        JsonObject first = redeem(new CodeFlow(server, browser).authorize(client, "repo:read repo:write"));

        HttpResponse<String> refreshed = refresh(client, first.getString("refresh_token"), null);

        assertEquals(200, refreshed.statusCode(), refreshed.body());
        assertEquals("no-store", refreshed.headers().firstValue("Cache-Control").orElseThrow());
        JsonObject second = json(refreshed);
        assertNotEquals(first.getString("refresh_token"), second.getString("refresh_token"));
        JWTClaimsSet claims = SignedJWT.parse(second.getString("access_token")).getJWTClaimsSet();
        assertEquals("admin", claims.getSubject());
        assertEquals("admin", claims.getStringClaim("upn"));
        assertEquals(client.clientId(), claims.getStringClaim("client_id"));
        assertEquals("repo:read repo:write", claims.getStringClaim("scope"));

        assertError(refresh(client, first.getString("refresh_token"), null), "invalid_grant");
        assertError(refresh(client, second.getString("refresh_token"), null), "invalid_grant");
    }

    @Test
    void whenNarrowerScopeAskedThenNarrowedAndWiderScopeIsInvalidScope() throws Exception {
        JsonObject tokens = redeem(new CodeFlow(server, browser).authorize(client, "repo:read repo:write"));

        assertError(refresh(client, tokens.getString("refresh_token"), "repo:read repo:admin"), "invalid_scope");
        HttpResponse<String> narrowed = refresh(client, tokens.getString("refresh_token"), "repo:read");

        assertEquals(200, narrowed.statusCode(), narrowed.body());
        assertEquals("repo:read", json(narrowed).getString("scope"));
        assertEquals(List.of("repo:read"), SignedJWT.parse(json(narrowed).getString("access_token"))
                .getJWTClaimsSet().getStringListClaim("groups"));
        HttpResponse<String> again = refresh(client, json(narrowed).getString("refresh_token"), null);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("repo:read repo:write", json(again).getString("scope"), "the refresh token keeps its scope");
    }

    @Test
    void whenAnotherClientPresentsTheRefreshTokenThenInvalidGrant() {
        JsonObject tokens = redeem(new CodeFlow(server, browser).authorize(client, "repo:read"));
        RegisteredClient other = RegisteredClient.register(server, "[\"authorization_code\", \"refresh_token\"]",
                "repo:read", CodeFlow.redirectUri(server));

        assertError(refresh(other, tokens.getString("refresh_token"), null), "invalid_grant");
        assertEquals(200, refresh(client, tokens.getString("refresh_token"), null).statusCode());
    }

    @Test
    void whenCodeIsRedeemedTwiceThenTheRefreshTokenIssuedFromItIsRevoked() {
        CodeFlow.Code code = new CodeFlow(server, browser).authorize(client, "repo:read");
        JsonObject tokens = redeem(code);

        assertError(exchange(code), "invalid_grant");

        assertError(refresh(client, tokens.getString("refresh_token"), null), "invalid_grant");
    }

    @Test
    void whenRefreshedWithJsonOnGiteaAliasAndPostedSecretThenRotated() {
        JsonObject tokens = redeem(new CodeFlow(server, browser).authorize(client, "repo:read"));
        String body = Json.createObjectBuilder().add("grant_type", "refresh_token")
                .add("refresh_token", tokens.getString("refresh_token"))
                .add("client_id", client.clientId()).add("client_secret", client.secret()).build().toString();

        HttpResponse<String> response = server.send(server.request("/login/oauth/access_token")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(json(response).containsKey("refresh_token"));
    }

    private JsonObject redeem(CodeFlow.Code code) {
        HttpResponse<String> response = exchange(code);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject tokens = json(response);
        assertTrue(tokens.containsKey("refresh_token"), response.body());
        return tokens;
    }

    private HttpResponse<String> exchange(CodeFlow.Code code) {
        return post(client, "grant_type=authorization_code&code=" + encode(code.code()) + "&redirect_uri="
                + encode(CodeFlow.redirectUri(server)) + "&code_verifier=" + encode(code.verifier()));
    }

    private HttpResponse<String> refresh(RegisteredClient as, String refreshToken, String scope) {
        return post(as, "grant_type=refresh_token&refresh_token=" + encode(refreshToken)
                + (scope == null ? "" : "&scope=" + encode(scope)));
    }

    private HttpResponse<String> post(RegisteredClient as, String form) {
        return server.send(server.request("/oauth/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", as.basic())
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private static void assertError(HttpResponse<String> response, String error) {
        assertEquals(400, response.statusCode(), response::body);
        assertEquals(error, json(response).getString("error"), response.body());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
