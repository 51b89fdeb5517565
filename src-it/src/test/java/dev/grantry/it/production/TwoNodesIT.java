package dev.grantry.it.production;

import static dev.grantry.it.support.CodeFlow.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.SignedJWT;
import dev.grantry.it.support.Browser;
import dev.grantry.it.support.Callback;
import dev.grantry.it.support.Clients;
import dev.grantry.it.support.Clients.Client;
import dev.grantry.it.support.CodeFlow;
import dev.grantry.it.support.MicroNode;
import dev.grantry.it.support.Pause;
import dev.grantry.it.support.SeededDatabase;
import dev.grantry.it.support.Server;
import dev.grantry.it.support.Users;
import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Two Grantry nodes on one PostgreSQL database, clustered in Payara's data grid on loopback only, behind HAProxy
 * (round robin, sticky browser sessions) on 127.0.0.1: what one node did holds on the other at once, and when one
 * node dies the other keeps serving without losing anything committed. Ports: the load balancer on
 * {@code it.port}+20, the nodes on +21 and +22, their data grid from +24.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final int BALANCER_PORT = Integer.getInteger("it.port") + 20;
    private static final int NODE_A_PORT = Integer.getInteger("it.port") + 21;
    private static final int NODE_B_PORT = Integer.getInteger("it.port") + 22;
    private static final int GRID_PORT = Integer.getInteger("it.port") + 24;
    private static final List<String> GRANTS = List.of("authorization_code", "refresh_token");
    /** Quay's direct approval, whose HTTP Basic sign-in counts failures like the login page. */
    private static final String DIRECT_CLIENT = "quay-tool";
    /** Short, so that the test of a rotation reaching the other node waits seconds, not the default minute. */
    private static final Duration KEYS_REFRESH_INTERVAL = Duration.ofSeconds(3);
    /**
     * Registrations per client address and hour, counted on both nodes together: every request here comes from
     * 127.0.0.1. Enough for the tests' own applications, few enough for the limit's test to reach it.
     */
    private static final int REGISTRATIONS_PER_ADDRESS = 12;

    private static MicroNode nodeA;
    private static MicroNode nodeB;
    private static LoadBalancer balancer;
    private static Server viaBalancer;
    private static Browser browser;
    private static Users users;
    /** Registered before the registration limit is reached, for the test that runs after it. */
    private static Client failoverClient;

    private final Callback callback = new Callback();

    @BeforeAll
    static void start() {
        Path target = Path.of(System.getProperty("it.log")).getParent();
        String database = ProductionDatabases.url("grantry_nodes");
        SeededDatabase.create(database, "seed/direct-approval.sql");
        String issuer = "http://127.0.0.1:" + BALANCER_PORT;
        nodeA = node(NODE_A_PORT, target.resolve("grantry-node-a.log"), database, issuer);
        nodeB = node(NODE_B_PORT, target.resolve("grantry-node-b.log"), database, issuer);
        balancer = LoadBalancer.start(
                Path.of("src/test/haproxy/grantry.cfg"), target, BALANCER_PORT, NODE_A_PORT, NODE_B_PORT);
        viaBalancer = Server.at(URI.create(issuer));
        browser = new Browser(viaBalancer);
        users = new Users(viaBalancer);
        failoverClient = Clients.machine(viaBalancer, "Through The Failure", "repo:read");
    }

    private static MicroNode node(int port, Path log, String database, String issuer) {
        return MicroNode.on(port, log)
                .cluster("grantry-it-" + BALANCER_PORT, GRID_PORT)
                .environment("GRANTRY_DB_URL", database)
                .environment("GRANTRY_ISSUER", issuer)
                .environment("GRANTRY_DIRECT_OAUTH_CLIENTID_WHITELIST", DIRECT_CLIENT)
                .environment("GRANTRY_KEYS_REFRESH_INTERVAL", KEYS_REFRESH_INTERVAL.toString())
                .environment("GRANTRY_CLIENT_REGISTRATION_MAX_PER_IP", Integer.toString(REGISTRATIONS_PER_ADDRESS))
                .start();
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable running : new AutoCloseable[] {users, browser, balancer, nodeB, nodeA}) {
            try {
                if (running != null) {
                    running.close();
                }
            } catch (Exception e) {
                // Stop the others all the same.
            }
        }
    }

    @AfterEach
    void closeCallback() {
        callback.close();
    }

    @Test
    @Order(1)
    void whenBothNodesAreUpThenTheyFormOneDataGrid() {
        assertTrue(nodeB.log().text().contains("DG Size: 2"), "node B joined node A's data grid");
    }

    @Test
    @Order(2)
    void whenACodeFromTheBrowserFlowIsRedeemedOnNodeBThenTokensAndTheyRefreshOnNodeA() {
        Client client =
                Clients.register(viaBalancer, "Two Nodes", "client_secret_basic", "repo:read", GRANTS, callback.uri());
        CodeFlow viaBalancerFlow = new CodeFlow(viaBalancer, browser, callback, users.create("roamer"));
        String code = viaBalancerFlow.code(client, "repo:read", null);

        HttpResponse<String> redeemed = flowOn(nodeB).redeem(client, code, client.redirectUri(), null);
        assertEquals(200, redeemed.statusCode(), redeemed.body());
        HttpResponse<String> replayedOnA = flowOn(nodeA).redeem(client, code, client.redirectUri(), null);
        assertEquals(400, replayedOnA.statusCode(), "the code is used on every node: " + replayedOnA.body());
    }

    @Test
    @Order(3)
    void whenATokenFromNodeAIsRefreshedOnNodeBThenRotatedAndTheOldOneIsUsedOnA() {
        Client client = Clients.register(
                viaBalancer, "Refresh Across", "client_secret_basic", "repo:read", GRANTS, callback.uri());
        String code =
                new CodeFlow(viaBalancer, browser, callback, users.create("refresher")).code(client, "repo:read", null);
        JsonObject fromA = json(flowOn(nodeA).redeem(client, code, client.redirectUri(), null));

        HttpResponse<String> onB = refresh(flowOn(nodeB), client, fromA.getString("refresh_token"));

        assertEquals(200, onB.statusCode(), onB.body());
        HttpResponse<String> againOnA = refresh(flowOn(nodeA), client, fromA.getString("refresh_token"));
        assertEquals(400, againOnA.statusCode(), againOnA.body());
        assertFalse(active(nodeB.server(), client, json(onB).getString("access_token")), "reuse revoked the family");
    }

    @Test
    @Order(4)
    void whenATokenIsRevokedOnNodeAThenNodeBFindsItInactiveAtOnce() {
        Client machine = Clients.machine(viaBalancer, "Revoked Across", "repo:read");
        String token = Clients.clientCredentialsToken(nodeB.server(), machine);
        assertTrue(active(nodeB.server(), machine, token));

        HttpResponse<String> revoked = post(nodeA.server(), "/oauth/revoke", machine, Map.of("token", token));

        assertEquals(200, revoked.statusCode(), revoked.body());
        assertFalse(active(nodeB.server(), machine, token));
    }

    @Test
    @Order(5)
    void whenAUserWithdrawsAnApplicationThroughTheApiOnNodeAThenItsTokenIsRefusedOnNodeBAtOnce() {
        Client client = Clients.register(
                viaBalancer, "Withdrawn Across", "client_secret_basic", "user:read user:admin", GRANTS, callback.uri());
        String code = new CodeFlow(viaBalancer, browser, callback, users.create("withdrawer"))
                .code(client, "user:read user:admin", null);
        String token = json(flowOn(nodeA).redeem(client, code, client.redirectUri(), null))
                .getString("access_token");
        assertEquals(200, bearer(nodeB.server(), "GET", "/api/v1/user", token).statusCode());

        HttpResponse<String> withdrawn =
                bearer(nodeA.server(), "DELETE", "/api/v1/user/authorizations/" + client.clientId(), token);

        assertEquals(204, withdrawn.statusCode(), withdrawn.body());
        HttpResponse<String> onB = bearer(nodeB.server(), "GET", "/api/v1/user", token);
        assertEquals(401, onB.statusCode(), onB.body());
        assertFalse(active(nodeB.server(), client, token));
    }

    @Test
    @Order(6)
    void whenKeysAreRotatedOnOneNodeThenBothSignWithTheNewKeyWithinTheRefreshInterval() throws Exception {
        Client machine = Clients.machine(viaBalancer, "Rotation Across", "repo:read");
        String before = kid(Clients.clientCredentialsToken(nodeB.server(), machine));

        String rotatedKid;
        // Through the balancer, as an administrator would: whichever node serves the page rotates.
        try (Browser administrator = new Browser(viaBalancer)) {
            administrator.open("/admin/keys").signIn("admin", Users.adminPassword());
            administrator.press("Rotate keys");
            assertTrue(administrator.text().contains("signs new tokens"), administrator::text);
            rotatedKid = administrator
                    .driver()
                    .findElement(By.xpath(
                            "//tr[.//span[@class='status' and normalize-space(.)='active']]/td/code[@class='kid']"))
                    .getText()
                    .trim();
        }
        Instant rotated = Instant.now();
        assertNotEquals(before, rotatedKid);

        for (MicroNode node : List.of(nodeA, nodeB)) {
            String signedBy = kid(Clients.clientCredentialsToken(node.server(), machine));
            while (!signedBy.equals(rotatedKid)) {
                // The refresh interval, and some seconds for a busy machine's requests.
                assertTrue(
                        Duration.between(rotated, Instant.now()).compareTo(KEYS_REFRESH_INTERVAL.plusSeconds(10)) < 0,
                        (node == nodeA ? "node A" : "node B") + " still signs with " + signedBy);
                Pause.briefly();
                signedBy = kid(Clients.clientCredentialsToken(node.server(), machine));
            }
            assertTrue(node.server().get("/oauth/jwks").body().contains(rotatedKid), "publishes the new key");
        }
    }

    @Test
    @Order(7)
    void whenWrongPasswordsAlternateBetweenTheNodesThenTheUsernameIsLockedOnBoth() {
        String username = users.create("locked-across");
        for (int attempt = 0; attempt < 5; attempt++) {
            Server node = attempt % 2 == 0 ? nodeA.server() : nodeB.server();
            assertEquals(401, approve(node, username, "wrong password").statusCode());
        }

        for (MicroNode node : List.of(nodeA, nodeB)) {
            HttpResponse<String> locked = approve(node.server(), username, Users.PASSWORD);
            assertEquals(401, locked.statusCode(), locked.body());
            assertTrue(locked.body().contains("Too many failed sign-ins"), locked.body());
        }
    }

    @Test
    @Order(8)
    void whenRegistrationsAlternateBetweenTheNodesThenTheAddressLimitCountsThemTogether() {
        int accepted = 0;
        HttpResponse<String> response = register(nodeA.server(), accepted);
        while (response.statusCode() == 201) {
            accepted++;
            assertTrue(accepted < REGISTRATIONS_PER_ADDRESS, "counted per node: " + accepted + " accepted");
            response = register(accepted % 2 == 0 ? nodeA.server() : nodeB.server(), accepted);
        }

        assertEquals(429, response.statusCode(), response.body());
        for (MicroNode node : List.of(nodeA, nodeB)) {
            HttpResponse<String> refused = register(node.server(), accepted);
            assertEquals(429, refused.statusCode(), "refused on both nodes: " + refused.body());
        }
    }

    @Test
    @Order(9)
    void whenNodeBIsKilledWhileEightClientsAskForTokensThenNodeAServesThemAllAndEveryTokenHasItsRecord()
            throws Exception {
        Client machine = failoverClient;
        int tokensPerClient = 15;
        AtomicInteger retried = new AtomicInteger();
        AtomicInteger issued = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> received = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                received.add(clients.submit(() -> {
                    List<String> tokens = new ArrayList<>();
                    while (tokens.size() < tokensPerClient) {
                        tokens.add(tokenRetryingFailures(machine, retried));
                        issued.incrementAndGet();
                    }
                    return tokens;
                }));
            }
            while (issued.get() < 20) {
                Pause.briefly();
            }
            nodeB.kill();
            List<String> tokens = new ArrayList<>();
            for (Future<List<String>> client : received) {
                tokens.addAll(client.get());
            }

            assertEquals(8 * tokensPerClient, tokens.size());
            for (String token : tokens) {
                assertTrue(active(nodeA.server(), machine, token), "the record of every token the clients received");
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /**
     * A client_credentials token through the load balancer, asking again (as a client does) when the request fails:
     * a connection cut by the dying node, or the balancer's 502/503 before its health check has caught up.
     */
    private static String tokenRetryingFailures(Client machine, AtomicInteger retried) {
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response =
                        post(viaBalancer, "/oauth/token", machine, Map.of("grant_type", "client_credentials"));
                if (response.statusCode() == 200) {
                    return json(response).getString("access_token");
                }
                assertTrue(response.statusCode() == 502 || response.statusCode() == 503, response::body);
            } catch (UncheckedIOException e) {
                // The connection failed with the node: asked again below.
            }
            retried.incrementAndGet();
            assertTrue(attempt < 20, "still failing after 20 attempts");
            Pause.briefly();
        }
    }

    /** An open registration (RFC 7591), as an unknown application would make it. */
    private static HttpResponse<String> register(Server node, int number) {
        return node.send(node.request("/oauth/register")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"client_name\":\"Limited " + number
                        + "\",\"redirect_uris\":[\"https://limited.example/cb\"]}"))
                .build());
    }

    private static String kid(String jwt) throws ParseException {
        return SignedJWT.parse(jwt).getHeader().getKeyID();
    }

    private static HttpResponse<String> bearer(Server node, String method, String path, String token) {
        return node.send(node.request(path)
                .header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build());
    }

    private CodeFlow flowOn(MicroNode node) {
        // Only the token endpoint is used through this flow: no browser sign-in happens on the node directly.
        return new CodeFlow(node.server(), browser, callback, null);
    }

    private static HttpResponse<String> refresh(CodeFlow flow, Client client, String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        return flow.tokenRequest(client, form);
    }

    private static boolean active(Server node, Client client, String token) {
        HttpResponse<String> introspection = post(node, "/oauth/introspect", client, Map.of("token", token));
        assertEquals(200, introspection.statusCode(), introspection.body());
        return json(introspection).getBoolean("active");
    }

    private static HttpResponse<String> post(Server node, String path, Client client, Map<String, String> form) {
        return node.send(node.request(path)
                .header("Authorization", client.basicAuthorization())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Server.formBody(form)))
                .build());
    }

    /** Quay's direct approval with the user's HTTP Basic credentials. */
    private static HttpResponse<String> approve(Server node, String username, String password) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return node.send(node.request("/oauth/authorizeapp")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(Server.formBody(Map.of(
                        "client_id",
                        DIRECT_CLIENT,
                        "redirect_uri",
                        "https://tool.example/token_created",
                        "scope",
                        "repo:read"))))
                .build());
    }
}
