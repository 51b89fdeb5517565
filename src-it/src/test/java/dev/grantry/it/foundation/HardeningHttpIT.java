package dev.grantry.it.foundation;

import static dev.grantry.it.support.Clients.authorizePath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.Clients;
import dev.grantry.it.support.Clients.Client;
import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import dev.grantry.it.support.ServerLog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an attacker probes before any flow: redirects steered by a forged {@code Host} header, the server's
 * self-descriptions (OpenAPI, metrics, WADL), and parameters too long for the server to keep.
 */
@GrantryIT
class HardeningHttpIT {

    private static final String CALLBACK = "https://hardening.example/cb";
    /** A line of a Java stack trace, as the server would log it. */
    private static final Pattern STACK_TRACE = Pattern.compile("\\n\\s+at [a-zA-Z_$][\\w$.]*\\(");

    private final Server server;
    private final ServerLog log;
    private final Client client;

    HardeningHttpIT(Server server, ServerLog log) {
        this.server = server;
        this.log = log;
        this.client = Clients.confidential(server, "Hardening App", CALLBACK);
    }

    @Test
    void whenTheHostHeaderIsForgedThenTheConsentRedirectStillGoesToTheIssuer() {
        String path = authorizePath(
                "/oauth/authorize",
                "response_type",
                "code",
                "client_id",
                client.clientId(),
                "redirect_uri",
                CALLBACK,
                "scope",
                "repo:read");

        String location = withForgedHost(path).get("location");

        assertTrue(location.startsWith(server.url("/consent?request=")), location);
    }

    @Test
    void whenTheHostHeaderIsForgedThenTheLoginRedirectStillGoesToTheIssuer() {
        assertEquals(
                server.url("/login"), withForgedHost("/settings/applications").get("location"));
        assertEquals(server.url("/login"), withForgedHost("/consent?request=x").get("location"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/openapi", "/metrics", "/application.wadl"})
    void whenAnonymousCallersAskForTheServersSelfDescriptionThenItIsNotServed(String path) {
        HttpResponse<String> response = server.get(path);

        assertTrue(
                response.statusCode() == 404 || response.statusCode() == 401 || response.statusCode() == 403,
                () -> path + " answered " + response.statusCode() + ": " + response.body());
    }

    @Test
    void whenOptionsAreAskedThenTheAnswerCarriesNoWadl() {
        HttpResponse<String> response = server.send(server.request("/oauth/token")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());

        assertFalse(response.body().contains("wadl"), response.body());
        assertFalse(
                response.headers().firstValue("Content-Type").orElse("").contains("wadl"),
                response.headers()::toString);
    }

    @Test
    void whenTheStateIsTenKilobytesThenTheErrorPageSaysSoWithoutAStackTrace() {
        int mark = log.text().length();

        HttpResponse<String> response = server.get(authorizePath(
                "/oauth/authorize",
                "response_type",
                "code",
                "client_id",
                client.clientId(),
                "redirect_uri",
                CALLBACK,
                "state",
                "s".repeat(10 * 1024)));

        assertErrorPage(response, "The state parameter is too long");
        assertFalse(STACK_TRACE.matcher(log.text().substring(mark)).find(), log::text);
    }

    @Test
    void whenTheRedirectUriIsFiveKilobytesThenTheErrorPageSaysSoWithoutAStackTrace() {
        int mark = log.text().length();

        HttpResponse<String> response = server.get(authorizePath(
                "/oauth/authorize",
                "response_type",
                "code",
                "client_id",
                client.clientId(),
                "redirect_uri",
                CALLBACK + "/" + "r".repeat(5 * 1024),
                "state",
                "s"));

        assertErrorPage(response, "The redirect_uri is not registered for this application.");
        assertFalse(STACK_TRACE.matcher(log.text().substring(mark)).find(), log::text);
    }

    private static void assertErrorPage(HttpResponse<String> response, String message) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Location").isEmpty(), "no redirect");
        assertTrue(response.body().contains(message), response.body());
    }

    /**
     * Sends {@code GET path} with {@code Host: evil.example} over a plain socket (Java's HTTP client refuses to set
     * the header) and returns the status line ({@code status}) and the headers, by lower-case name.
     */
    private Map<String, String> withForgedHost(String path) {
        URI base = URI.create(server.url("/"));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            Map<String, String> answer = new HashMap<>();
            answer.put("status", in.readLine());
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                answer.put(
                        line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim());
            }
            assertTrue(answer.containsKey("location"), answer::toString);
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
