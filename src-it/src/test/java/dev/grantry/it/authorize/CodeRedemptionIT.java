package dev.grantry.it.authorize;

import static dev.grantry.it.support.CodeFlow.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.Browser;
import dev.grantry.it.support.Callback;
import dev.grantry.it.support.Clients;
import dev.grantry.it.support.Clients.Client;
import dev.grantry.it.support.CodeFlow;
import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import dev.grantry.it.support.Users;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The code and PKCE flow end to end, and the code's rules at the token endpoint: single use with revocation on
 * replay (RFC 6749 §4.1.2), the redirect URI and client binding (§4.1.3), PKCE (RFC 7636 §4.6, RFC 9700 §2.1.1).
 */
@GrantryIT
class CodeRedemptionIT {

    private final Server server;
    private final Browser browser;
    private final Users users;
    private final Callback callback = new Callback();
    private CodeFlow flow;

    CodeRedemptionIT(Server server, Browser browser, Users users) {
        this.server = server;
        this.browser = browser;
        this.users = users;
    }

    @BeforeEach
    void signUp() {
        flow = new CodeFlow(server, browser, callback, users.create("redeemer"));
    }

    @AfterEach
    void close() {
        callback.close();
    }

    @Test
    void whenConfidentialClientRedeemsCodeWithVerifierThenTokens() {
        Client client = Clients.confidential(server, "Confidential Flow", callback.uri());
        String verifier = Clients.verifier();
        String code = flow.code(client, "repo:read user:read", verifier);

        HttpResponse<String> response = flow.redeem(client, code, client.redirectUri(), verifier);

        assertEquals(200, response.statusCode(), response.body());
        JsonObject tokens = json(response);
        assertEquals("Bearer", tokens.getString("token_type"));
        assertEquals("repo:read user:read", tokens.getString("scope"));
        assertTrue(tokens.getString("access_token").split("\\.").length == 3, "a JWT");
        assertTrue(tokens.containsKey("refresh_token"), "the application may refresh");
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void whenPublicClientRedeemsCodeWithVerifierThenTokens() {
        Client client = Clients.publicClient(server, "Public Flow", callback.uri());
        String verifier = Clients.verifier();
        String code = flow.code(client, "repo:read", verifier);

        HttpResponse<String> response = flow.redeem(client, code, client.redirectUri(), verifier);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("repo:read", json(response).getString("scope"));
    }

    @Test
    void whenCodeRedeemedTwiceThenInvalidGrantAndItsTokensRevoked() {
        Client client = Clients.confidential(server, "Replayed Code", callback.uri());
        String code = flow.code(client, "repo:read", null);
        HttpResponse<String> first = flow.redeem(client, code, client.redirectUri(), null);
        assertEquals(200, first.statusCode(), first.body());

        HttpResponse<String> second = flow.redeem(client, code, client.redirectUri(), null);

        assertInvalidGrant(second);
        Map<String, String> refresh = new LinkedHashMap<>();
        refresh.put("grant_type", "refresh_token");
        refresh.put("refresh_token", json(first).getString("refresh_token"));
        assertInvalidGrant(flow.tokenRequest(client, refresh));
    }

    @Test
    void whenVerifierWrongOrMissingThenInvalidGrant() {
        Client client = Clients.publicClient(server, "Wrong Verifier", callback.uri());
        String verifier = Clients.verifier();
        String code = flow.code(client, "repo:read", verifier);

        assertInvalidGrant(flow.redeem(client, code, client.redirectUri(), Clients.verifier()));
        assertInvalidGrant(flow.redeem(client, code, client.redirectUri(), null));
        assertEquals(
                200,
                flow.redeem(client, code, client.redirectUri(), verifier).statusCode(),
                "a failed guess does not use the code up");
    }

    @Test
    void whenVerifierSentForCodeWithoutChallengeThenInvalidGrant() {
        Client client = Clients.confidential(server, "Downgrade", callback.uri());
        String code = flow.code(client, "repo:read", null);

        assertInvalidGrant(flow.redeem(client, code, client.redirectUri(), Clients.verifier()));
    }

    @Test
    void whenRedirectUriDiffersOrAnotherClientRedeemsThenInvalidGrant() {
        Client client = Clients.confidential(server, "Bound Code", callback.uri(), callback.uri() + "/other");
        Client other = Clients.confidential(server, "Other Client", callback.uri());
        String code = flow.code(client, "repo:read", null);

        assertInvalidGrant(flow.redeem(client, code, callback.uri() + "/other", null));
        assertInvalidGrant(flow.redeem(client, code, null, null));
        assertInvalidGrant(flow.redeem(other, code, client.redirectUri(), null));
        assertEquals(200, flow.redeem(client, code, client.redirectUri(), null).statusCode());
    }

    @Test
    void whenFiftyRedemptionsRaceThenAtMostOneSucceedsTheOthersAreInvalidGrantAndTheWinnersTokenEndsRevoked()
            throws Exception {
        Client client = Clients.confidential(server, "Racing Client", callback.uri());
        String code = flow.code(client, "repo:read", null);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return flow.redeem(client, code, client.redirectUri(), null);
                }));
            }
            start.countDown();
            List<JsonObject> winners = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                if (response.statusCode() == 200) {
                    winners.add(json(response));
                } else {
                    assertInvalidGrant(response);
                }
            }
            assertTrue(winners.size() <= 1, winners::toString);
            for (JsonObject winner : winners) {
                Map<String, String> introspect = new LinkedHashMap<>();
                introspect.put("token", winner.getString("access_token"));
                HttpResponse<String> introspection = flow.clientRequest("/oauth/introspect", client, introspect);
                assertEquals(200, introspection.statusCode(), introspection.body());
                assertFalse(json(introspection).getBoolean("active"), "the replays revoked the winner's token");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertInvalidGrant(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("invalid_grant", json(response).getString("error"));
        assertFalse(response.body().contains("Exception"), response.body());
    }
}
