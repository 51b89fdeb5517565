package dev.grantry.it.audit;

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
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit trail of whole flows, read back through the API as a SIEM tool reads it: for one application, exactly
 * the events its authorization, tokens, refresh, replay and revocation wrote, in order, naming grants and token ids
 * but never a token, code or secret; nothing for a request that failed.
 */
@GrantryIT
class AuditedFlowsIT {

    private static final AtomicInteger SIEMS = new AtomicInteger();

    private final Server server;
    private final Browser browser;
    private final Users users;
    private final Callback callback = new Callback();
    private String username;
    private CodeFlow flow;

    AuditedFlowsIT(Server server, Browser browser, Users users) {
        this.server = server;
        this.browser = browser;
        this.users = users;
    }

    @BeforeEach
    void signUp() {
        username = users.create("audited");
        flow = new CodeFlow(server, browser, callback, username);
    }

    @AfterEach
    void close() {
        callback.close();
    }

    /** The events of {@code client}, oldest first, through {@code GET /api/v1/audit}. */
    private List<JsonObject> events(Client client) {
        Client siem = Clients.machine(server, "Audited flows SIEM " + SIEMS.incrementAndGet(), "audit:read");
        String token = Clients.clientCredentialsToken(server, siem);
        HttpResponse<String> response = server.send(server.request("/api/v1/audit?limit=500&client="
                        + URLEncoder.encode(client.clientId(), StandardCharsets.UTF_8))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
        assertEquals(200, response.statusCode(), response.body());
        List<JsonObject> events = new ArrayList<>();
        for (JsonValue event : json(response).getJsonArray("events")) {
            events.add(0, event.asJsonObject());
        }
        return events;
    }

    /** Each event as "TYPE OUTCOME", and a token's grant type after it. */
    private static List<String> summary(List<JsonObject> events) {
        return events.stream()
                .map(event -> event.getString("type") + " " + event.getString("outcome")
                        + (event.getString("type").equals("TOKEN_ISSUED") ? " " + event.getString("detail") : ""))
                .toList();
    }

    private static String jti(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(payload)).readObject().getString("jti");
    }

    @Test
    void whenAUserAuthorizesAndTheApplicationRedeemsRefreshesAndRevokesThenExactlyThoseEventsInOrder() {
        Client client = Clients.confidential(server, "Audited Flow", callback.uri());
        String verifier = Clients.verifier();
        String code = flow.code(client, "repo:read", verifier);
        JsonObject issued = json(flow.redeem(client, code, client.redirectUri(), verifier));
        Map<String, String> refresh = new LinkedHashMap<>();
        refresh.put("grant_type", "refresh_token");
        refresh.put("refresh_token", issued.getString("refresh_token"));
        JsonObject refreshed = json(flow.tokenRequest(client, refresh));
        Map<String, String> revoke = new LinkedHashMap<>();
        revoke.put("token", refreshed.getString("refresh_token"));
        assertEquals(200, flow.clientRequest("/oauth/revoke", client, revoke).statusCode());

        List<JsonObject> events = events(client);

        assertEquals(
                List.of(
                        "APPLICATION_CREATED SUCCESS",
                        "CONSENT_GRANTED SUCCESS",
                        "CODE_ISSUED SUCCESS",
                        "TOKEN_ISSUED SUCCESS authorization_code",
                        "TOKEN_ISSUED SUCCESS refresh_token",
                        "TOKEN_REVOKED SUCCESS"),
                summary(events));
        JsonObject first = events.get(3);
        assertEquals(jti(issued.getString("access_token")), first.getString("jti"));
        assertEquals(username, first.getString("user"));
        assertEquals("client:" + client.clientId(), first.getString("actor"));
        assertEquals("repo:read", first.getString("scope"));
        long grant = first.getJsonNumber("grant_id").longValue();
        assertEquals(grant, events.get(4).getJsonNumber("grant_id").longValue(), "the refresh stays in its family");
        assertEquals(jti(refreshed.getString("access_token")), events.get(4).getString("jti"));
        String everything = events.toString();
        for (String secret : List.of(
                code,
                issued.getString("access_token"),
                issued.getString("refresh_token"),
                refreshed.getString("refresh_token"),
                client.secret())) {
            assertFalse(everything.contains(secret), "no token, code or secret in the audit trail");
        }
    }

    @Test
    void whenACodeIsReplayedThenTheReuseIsRecordedAndTheFailedRedemptionIssuesNothing() {
        Client client = Clients.confidential(server, "Audited Replay", callback.uri());
        String verifier = Clients.verifier();
        String code = flow.code(client, "repo:read", verifier);
        assertEquals(
                200, flow.redeem(client, code, client.redirectUri(), verifier).statusCode());

        HttpResponse<String> replay = flow.redeem(client, code, client.redirectUri(), verifier);

        assertEquals(400, replay.statusCode());
        assertEquals(
                List.of(
                        "APPLICATION_CREATED SUCCESS",
                        "CONSENT_GRANTED SUCCESS",
                        "CODE_ISSUED SUCCESS",
                        "TOKEN_ISSUED SUCCESS authorization_code",
                        "CODE_REUSE_DETECTED FAILURE"),
                summary(events(client)));
    }
}
