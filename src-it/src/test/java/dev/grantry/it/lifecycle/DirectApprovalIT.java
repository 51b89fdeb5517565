package dev.grantry.it.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.AccessTokens;
import dev.grantry.it.support.Browser;
import dev.grantry.it.support.Callback;
import dev.grantry.it.support.Clients;
import dev.grantry.it.support.Clients.Client;
import dev.grantry.it.support.CodeFlow;
import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import dev.grantry.it.support.Users;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Quay's direct OAuth approval ({@code POST /oauth/authorizeapp}) on a Grantry whose
 * {@code GRANTRY_DIRECT_OAUTH_CLIENTID_WHITELIST} is {@code quay-tool}, an application that ops registered before the
 * start (the failsafe execution {@code configured} seeds the database with {@code seed/direct-approval.sql}); and, on
 * the same Grantry with access tokens that live seconds, a token seen expiring.
 */
@GrantryIT
class DirectApprovalIT {

    private static final String REDIRECT = "https://tool.example/token_created";

    private final Server server;

    DirectApprovalIT(Server server) {
        this.server = server;
    }

    @Test
    void whenWhitelistedClientSendsRightCredentialsThenRedirectedWithTheTokenInTheFragment() {
        HttpResponse<String> response =
                approve("quay-tool", REDIRECT, "repo:read,user:read", basic("admin", Users.adminPassword()));

        assertEquals(302, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(REDIRECT + "#"), location);
        Map<String, String> fragment = fragment(location);
        assertEquals(List.of("access_token", "token_type", "expires_in"), List.copyOf(fragment.keySet()));
        assertEquals("Bearer", fragment.get("token_type"));
        assertEquals("315576000", fragment.get("expires_in"));

        HttpResponse<String> user = server.send(server.request("/api/v1/user")
                .header("Authorization", "Bearer " + fragment.get("access_token"))
                .GET()
                .build());
        assertEquals(200, user.statusCode(), user.body());
        assertEquals("admin", CodeFlow.json(user).getString("username"));
    }

    @Test
    void whenClientNotWhitelistedThenForbiddenAndNoToken() {
        HttpResponse<String> response =
                approve("other-tool", REDIRECT, "repo:read", basic("admin", Users.adminPassword()));

        assertEquals(403, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Location").isEmpty());
        assertEquals("access_denied", CodeFlow.json(response).getString("error"));
    }

    @Test
    void whenCredentialsWrongOrMissingThenUnauthorizedWithABasicChallenge() {
        for (String authorization : new String[] {basic("admin", "wrong password"), null}) {
            HttpResponse<String> response = approve("quay-tool", REDIRECT, "repo:read", authorization);

            assertEquals(401, response.statusCode(), response.body());
            assertTrue(response.headers()
                    .firstValue("WWW-Authenticate")
                    .orElseThrow()
                    .startsWith("Basic"));
            assertTrue(response.headers().firstValue("Location").isEmpty());
        }
    }

    @Test
    void whenRedirectUriNotRegisteredThenBadRequestAndNoRedirect() {
        HttpResponse<String> response = approve(
                "quay-tool", "https://attacker.example/steal", "repo:read", basic("admin", Users.adminPassword()));

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Location").isEmpty());
        assertEquals("invalid_request", CodeFlow.json(response).getString("error"));
    }

    @Test
    void whenScopeNotAllowedThenInvalidScope() {
        HttpResponse<String> response =
                approve("quay-tool", REDIRECT, "repo:admin", basic("admin", Users.adminPassword()));

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("invalid_scope", CodeFlow.json(response).getString("error"));
    }

    @Test
    void whenFiveWrongPasswordsThenTheUsernameIsLockedHereAndOnTheLoginPage(Browser browser, Users users) {
        String username = users.create("tool-user");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(
                    401,
                    approve("quay-tool", REDIRECT, "repo:read", basic(username, "wrong " + attempt))
                            .statusCode());
        }

        HttpResponse<String> locked = approve("quay-tool", REDIRECT, "repo:read", basic(username, Users.PASSWORD));
        assertEquals(401, locked.statusCode());
        assertTrue(locked.body().contains("Too many failed sign-ins"), locked.body());

        browser.open("/login").signIn(username, Users.PASSWORD);
        assertTrue(browser.text().contains("Too many failed sign-ins"), browser::text);
    }

    @Test
    void whenAccessTokenOutlivesItsLifetimeThenIntrospectionSaysInactive(Browser browser) throws InterruptedException {
        try (Callback callback = new Callback()) {
            Client client = Clients.registerAsAdministrator(
                    server,
                    "Short lived",
                    "client_secret_basic",
                    "repo:read",
                    List.of("client_credentials"),
                    callback.uri());
            TokenCalls calls = new TokenCalls(server, new CodeFlow(server, browser, callback, "nobody"));
            String token = calls.clientToken(client, "repo:read");
            assertTrue(TokenCalls.active(calls.introspect(client, token)));

            AccessTokens.awaitExpiry(token);

            assertFalse(TokenCalls.active(calls.introspect(client, token)));
        }
    }

    @Test
    void whenDirectlyApprovedForTenYearsThenTheTokenIsOpaqueAndRevokingItEndsItAtOnce() {
        String token = fragment(approve("quay-tool", REDIRECT, "user:read", basic("admin", Users.adminPassword()))
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .get("access_token");
        assertEquals(-1, token.indexOf('.'), "a reference token, not a JWT a resource server would trust offline");
        assertEquals(200, user(token).statusCode());

        HttpResponse<String> revoked =
                server.postForm("/oauth/revoke", Map.of("client_id", "quay-tool", "token", token));

        assertEquals(200, revoked.statusCode(), revoked.body());
        assertEquals(401, user(token).statusCode());
    }

    @Test
    void whenTwentyWrongPasswordsArriveAtOnceThenNoneFailsAndTheUsernameIsLocked(Users users) throws Exception {
        String username = users.create("parallel-user");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> attempts = IntStream.range(0, 20)
                    .<Callable<Integer>>mapToObj(i ->
                            () -> approve("quay-tool", REDIRECT, "repo:read", basic(username, "wrong " + i))
                                    .statusCode())
                    .toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(attempts)) {
                statuses.add(status.get());
            }

            assertEquals(Collections.nCopies(20, 401), statuses);
        } finally {
            pool.shutdownNow();
        }
        HttpResponse<String> locked = approve("quay-tool", REDIRECT, "repo:read", basic(username, Users.PASSWORD));
        assertEquals(401, locked.statusCode());
        assertTrue(locked.body().contains("Too many failed sign-ins for this username"), locked.body());
    }

    @Test
    void whenTheAdministratorUnlocksALockedUserThenTheUserSignsInAgain(Browser browser, Users users) {
        String username = users.create("unlocked-user");
        for (int attempt = 1; attempt <= 5; attempt++) {
            approve("quay-tool", REDIRECT, "repo:read", basic(username, "wrong " + attempt));
        }
        assertEquals(
                401,
                approve("quay-tool", REDIRECT, "repo:read", basic(username, Users.PASSWORD))
                        .statusCode());

        browser.forgetSessions();
        browser.open("/admin/users").signIn("admin", Users.adminPassword());
        browser.open("/admin/users");
        assertTrue(browser.rowText(username).contains("locked"), browser.rowText(username));
        browser.pressInRow(username, "Unlock");

        assertTrue(browser.text().contains("Unlocked " + username + "."), browser::text);
        assertEquals(
                302,
                approve("quay-tool", REDIRECT, "repo:read", basic(username, Users.PASSWORD))
                        .statusCode());
    }

    private HttpResponse<String> user(String token) {
        return server.send(server.request("/api/v1/user")
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
    }

    private HttpResponse<String> approve(String clientId, String redirectUri, String scope, String authorization) {
        HttpRequest.Builder request = server.request("/oauth/authorizeapp")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        Server.formBody(Map.of("client_id", clientId, "redirect_uri", redirectUri, "scope", scope))));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return server.send(request.build());
    }

    private static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The fragment's parameters in their order. */
    private static Map<String, String> fragment(String location) {
        return Arrays.stream(URI.create(location).getRawFragment().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p[1], (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
