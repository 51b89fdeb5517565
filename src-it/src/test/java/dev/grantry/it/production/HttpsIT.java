package dev.grantry.it.production;

import static dev.grantry.it.support.CodeFlow.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.Clients;
import dev.grantry.it.support.Clients.Client;
import dev.grantry.it.support.MicroNode;
import dev.grantry.it.support.Server;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Grantry served over real TLS by Payara Micro ({@code --sslport}, a key store named as the run command names it)
 * with an {@code https://} issuer: the OAuth endpoints answer over HTTPS, refuse plain HTTP with
 * {@code invalid_request} and no token, and accept plain HTTP only from a trusted proxy (127.0.0.2 here) that says
 * {@code X-Forwarded-Proto: https}. Its own node: HTTPS on {@code it.port}+10, HTTP on {@code it.port}+11.
 */
class HttpsIT {

    private static final String TRUSTED_PROXY = "127.0.0.2";
    private static final int HTTPS_PORT = Integer.getInteger("it.port") + 10;
    private static final int HTTP_PORT = Integer.getInteger("it.port") + 11;

    private static MicroNode node;
    private static Server tls;
    private static Server plain;
    private static Client machine;

    @BeforeAll
    static void start() {
        Path target = Path.of(System.getProperty("it.log")).getParent();
        LocalKeystore keystore = LocalKeystore.generate(target.resolve("https-it.p12"));
        String issuer = "https://127.0.0.1:" + HTTPS_PORT;
        node = MicroNode.on(HTTP_PORT, target.resolve("grantry-https.log"))
                .https(HTTPS_PORT, keystore.file(), LocalKeystore.PASSWORD, LocalKeystore.ALIAS)
                .environment("GRANTRY_ISSUER", issuer)
                .environment("GRANTRY_TRUSTED_PROXIES", TRUSTED_PROXY)
                .environment("GRANTRY_DB_URL", ProductionDatabases.url("grantry_https"))
                .start();
        tls = Server.overTls(URI.create(issuer), keystore.trustingIt());
        plain = node.server();
        machine = Clients.machine(tls, "Machine over TLS", "repo:read");
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void whenATokenIsAskedForOverTlsThenIssuedAndHttpsIsPinnedByHsts() {
        String token = Clients.clientCredentialsToken(tls, machine);

        assertFalse(token.isEmpty());
        HttpResponse<String> metadata = tls.get("/.well-known/oauth-authorization-server");
        assertEquals(200, metadata.statusCode());
        assertTrue(metadata.headers().firstValue("Strict-Transport-Security").isPresent());
        assertEquals(
                "https://127.0.0.1:" + HTTPS_PORT + "/oauth/token",
                json(metadata).getString("token_endpoint"));
    }

    @Test
    void whenOAuthEndpointsAreCalledOverPlainHttpThenInvalidRequestAndNoToken() {
        String token = Clients.clientCredentialsToken(tls, machine);
        for (String path : List.of("/oauth/token", "/oauth/introspect", "/oauth/revoke", "/login/oauth/access_token")) {
            HttpResponse<String> answer = plain.send(plain.request(path)
                    .header("Authorization", machine.basicAuthorization())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&token=" + token))
                    .build());

            assertInvalidRequest(answer.statusCode(), answer.body());
        }
        HttpResponse<String> registration = plain.send(plain.request("/oauth/register")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"client_name\":\"plain\"}"))
                .build());
        assertInvalidRequest(registration.statusCode(), registration.body());
    }

    @Test
    void whenTheTrustedProxyForwardsAnHttpsRequestThenATokenIsIssued() {
        FromAddress.Answer answer = clientCredentialsFrom(TRUSTED_PROXY, "https");

        assertEquals(200, answer.status(), answer.body());
        assertTrue(read(answer.body()).containsKey("access_token"), answer.body());
    }

    @Test
    void whenAnUntrustedClientClaimsHttpsOrTheProxyForwardsPlainHttpThenInvalidRequest() {
        FromAddress.Answer untrusted = clientCredentialsFrom("127.0.0.1", "https");
        FromAddress.Answer forwardedPlain = clientCredentialsFrom(TRUSTED_PROXY, "http");

        assertInvalidRequest(untrusted.status(), untrusted.body());
        assertInvalidRequest(forwardedPlain.status(), forwardedPlain.body());
    }

    private static FromAddress.Answer clientCredentialsFrom(String source, String forwardedProto) {
        return FromAddress.post(
                source,
                HTTP_PORT,
                "/oauth/token",
                Map.of("Authorization", machine.basicAuthorization(), "X-Forwarded-Proto", forwardedProto),
                "grant_type=client_credentials");
    }

    private static void assertInvalidRequest(int status, String body) {
        assertEquals(400, status, body);
        assertEquals("invalid_request", read(body).getString("error"), body);
        assertFalse(body.contains("access_token"), body);
    }

    private static jakarta.json.JsonObject read(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
