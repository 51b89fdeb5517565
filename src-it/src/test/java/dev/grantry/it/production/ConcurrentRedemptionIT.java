package dev.grantry.it.production;

import static dev.grantry.it.support.CodeFlow.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Single use of codes (RFC 6749 §4.1.2) and rotation of refresh tokens (RFC 9700 §4.14.2) hold on PostgreSQL under
 * concurrency: of many identical requests at the same moment exactly one gets tokens, every other one is
 * {@code invalid_grant} (never a 500), and the replays revoke the winner's whole family.
 */
@GrantryIT
class ConcurrentRedemptionIT {

    private static final List<String> GRANTS = List.of("authorization_code", "refresh_token");

    private final Callback callback = new Callback();
    private final CodeFlow flow;
    private final Client client;

    ConcurrentRedemptionIT(Server server, Browser browser, Users users) {
        this.flow = new CodeFlow(server, browser, callback, users.create("racer"));
        this.client = Clients.register(
                server, "Racing on PostgreSQL", "client_secret_basic", "repo:read", GRANTS, callback.uri());
    }

    @AfterEach
    void close() {
        callback.close();
    }

    @Test
    void whenFiftyRedemptionsOfOneCodeRaceThenExactlyOneSucceedsAndTheReplaysRevokeItsFamily() throws Exception {
        String code = flow.code(client, "repo:read", null);

        JsonObject winner = onlyWinner(race(50, () -> flow.redeem(client, code, client.redirectUri(), null)));

        assertRevoked(winner);
    }

    @Test
    void whenTwentyRefreshesOfOneRefreshTokenRaceThenExactlyOneSucceedsAndTheReplaysRevokeItsFamily() throws Exception {
        HttpResponse<String> first =
                flow.redeem(client, flow.code(client, "repo:read", null), client.redirectUri(), null);
        assertEquals(200, first.statusCode(), first.body());
        String refreshToken = json(first).getString("refresh_token");

        JsonObject winner = onlyWinner(race(20, () -> refresh(refreshToken)));

        assertRevoked(winner);
        assertFalse(active(json(first).getString("access_token")), "the first access token is of the family too");
    }

    /** Sends {@code count} copies of a request at the same moment and returns every answer. */
    private static List<HttpResponse<String>> race(int count, Callable<HttpResponse<String>> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                responses.add(answer.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The tokens of the one 200 answer; every other answer must be invalid_grant. */
    private static JsonObject onlyWinner(List<HttpResponse<String>> responses) {
        List<JsonObject> winners = new ArrayList<>();
        for (HttpResponse<String> response : responses) {
            if (response.statusCode() == 200) {
                winners.add(json(response));
            } else {
                assertEquals(400, response.statusCode(), response.body());
                assertEquals("invalid_grant", json(response).getString("error"), response.body());
            }
        }
        assertEquals(1, winners.size(), winners::toString);
        return winners.get(0);
    }

    private void assertRevoked(JsonObject winner) {
        assertFalse(active(winner.getString("access_token")), "the replays revoked the winner's access token");
        HttpResponse<String> refreshed = refresh(winner.getString("refresh_token"));
        assertEquals(400, refreshed.statusCode(), refreshed.body());
        assertEquals("invalid_grant", json(refreshed).getString("error"));
    }

    private boolean active(String token) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", token);
        HttpResponse<String> introspection = flow.clientRequest("/oauth/introspect", client, form);
        assertEquals(200, introspection.statusCode(), introspection.body());
        return json(introspection).getBoolean("active");
    }

    private HttpResponse<String> refresh(String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        return flow.tokenRequest(client, form);
    }
}
