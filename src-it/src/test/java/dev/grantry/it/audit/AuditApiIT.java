package dev.grantry.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.Clients;
import dev.grantry.it.support.Clients.Client;
import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import dev.grantry.it.support.Users;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/audit} and {@code /api/v1/audit/verify} for a SIEM tool: JSON pages with a cursor for a token
 * of an application an administrator allowed {@code audit:read}; RFC 6750 challenges without one; 400 for malformed
 * parameters.
 */
@GrantryIT
class AuditApiIT {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final Server server;
    private final Users users;

    AuditApiIT(Server server, Users users) {
        this.server = server;
        this.users = users;
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private HttpResponse<String> get(String path, String token) {
        return server.send(server.request(path)
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
    }

    private String auditToken() {
        Client siem = Clients.machine(server, "SIEM " + NEXT.incrementAndGet(), "audit:read");
        return Clients.clientCredentialsToken(server, siem);
    }

    @Test
    void whenPagedWithTheCursorThenEveryEventNewestFirstOnceAndTheLastPageHasNoCursor() {
        Instant start = Instant.now().minusMillis(1);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(0, users.create("paged"));
        }
        String end = Instant.now().plusMillis(1).toString();
        String token = auditToken();

        List<String> seen = new ArrayList<>();
        String query = "/api/v1/audit?type=USER_CREATED&limit=2&from=" + start + "&to=" + end;
        JsonObject page = json(get(query, token));
        int pages = 1;
        page.getJsonArray("events").forEach(event -> seen.add(user(event)));
        while (page.containsKey("next_cursor")) {
            page = json(get(query + "&cursor=" + page.getString("next_cursor"), token));
            page.getJsonArray("events").forEach(event -> seen.add(user(event)));
            pages++;
        }

        assertEquals(created, seen);
        assertEquals(2, pages);
        JsonObject first = json(get(query, token)).getJsonArray("events").getJsonObject(0);
        assertEquals("USER_CREATED", first.getString("type"));
        assertEquals("SUCCESS", first.getString("outcome"));
        assertEquals("admin", first.getString("actor"));
        assertEquals("127.0.0.1", first.getString("remote_address"));
        assertTrue(Instant.parse(first.getString("occurred_at")).isAfter(start));
    }

    private static String user(JsonValue event) {
        return event.asJsonObject().getString("user");
    }

    @Test
    void whenTheChainIsVerifiedThenItIsIntact() {
        HttpResponse<String> response = get("/api/v1/audit/verify", auditToken());

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(json(response).getBoolean("intact"), response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void whenTheTokenIsMissingInvalidOrLacksAuditReadThenRefusedAsRfc6750Says() {
        HttpResponse<String> none = server.get("/api/v1/audit");
        assertEquals(401, none.statusCode());
        assertEquals(
                "Bearer realm=\"grantry\"",
                none.headers().firstValue("WWW-Authenticate").orElseThrow());

        HttpResponse<String> invalid = get("/api/v1/audit/verify", "not-a-token");
        assertEquals(401, invalid.statusCode());
        assertTrue(
                invalid.headers().firstValue("WWW-Authenticate").orElseThrow().contains("error=\"invalid_token\""));

        Client other = Clients.machine(server, "Not an auditor " + NEXT.incrementAndGet(), "repo:read");
        HttpResponse<String> lacking = get("/api/v1/audit", Clients.clientCredentialsToken(server, other));
        assertEquals(403, lacking.statusCode());
        assertTrue(
                lacking.headers().firstValue("WWW-Authenticate").orElseThrow().contains("insufficient_scope"));
        assertFalse(lacking.body().contains("\"events\""));
    }

    @Test
    void whenAParameterIsMalformedThenBadRequest() {
        String token = auditToken();

        for (String query : List.of("limit=0", "limit=501", "type=NOPE", "outcome=maybe", "cursor=xyz", "from=soon")) {
            HttpResponse<String> response = get("/api/v1/audit?" + query, token);
            assertEquals(400, response.statusCode(), query);
            assertEquals("invalid_request", json(response).getString("error"), query);
        }
    }
}
