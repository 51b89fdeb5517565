package dev.grantry.it.registry;

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
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * Grantry as the token service of a real registry (Debian's CNCF Distribution 2.8) and a real client (skopeo): every
 * scenario of issue 18, from the registry's 401 challenge through Grantry's realm to the push or pull.
 */
@GrantryIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryIT {

    static final String SERVICE = "registry.grantry.test";

    private final Server server;
    private final Browser browser;
    private final Users users;
    private final Path work = Path.of(System.getProperty("it.registry.dir", "target/registry-it"));
    private LocalRegistry registry;
    private Skopeo skopeo;
    private OciLayout image;
    private String alice;

    RegistryIT(Server server, Browser browser, Users users) {
        this.server = server;
        this.browser = browser;
        this.users = users;
    }

    @BeforeAll
    void startRegistry() throws Exception {
        deleteRecursively(work);
        Files.createDirectories(work.resolve("pulled"));
        registry = LocalRegistry.start(
                server, SERVICE, Integer.getInteger("it.registry.port", 19500), work.resolve("registry"));
        skopeo = new Skopeo(work.resolve("skopeo"));
        image = OciLayout.image(work.resolve("image"), "v1", "hello from alice");
        alice = users.create("alice");
        Skopeo.Result pushed =
                skopeo.push(image.reference("v1"), repository(alice, "app", "v1"), alice, Users.PASSWORD);
        assertTrue(pushed.succeeded(), pushed.output());
    }

    /** A fresh start: a registry's storage and layouts of an earlier run would hide what this run pushes. */
    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @AfterAll
    void stopRegistry() {
        if (registry != null) {
            registry.close();
        }
    }

    private String repository(String namespace, String name, String tag) {
        return registry.address() + "/" + namespace + "/" + name + ":" + tag;
    }

    private String pulledInto(String name) {
        return "oci:" + work.resolve("pulled").resolve(name + System.nanoTime()) + ":v1";
    }

    /** The realm's answer to a GET with Basic credentials. */
    private HttpResponse<String> tokenRequest(String username, String secret, String service, String scope) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return server.send(server.request("/v2/auth?service=" + service + "&scope=" + scope)
                .header("Authorization", "Basic " + basic)
                .build());
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void whenTheOwnerPushedThenTheyPullTheSameImageBack() throws Exception {
        Path into = work.resolve("pulled").resolve("owner" + System.nanoTime());
        Skopeo.Result pulled =
                skopeo.pull(repository(alice, "app", "v1"), "oci:" + into + ":v1", alice, Users.PASSWORD);

        assertTrue(pulled.succeeded(), pulled.output());
        assertEquals("hello from alice", OciLayout.fileOfOnlyLayer(into, "hello.txt"));
    }

    @Test
    void whenAnotherUserPushesToTheOwnersNamespaceThenTheRegistryRefuses() throws Exception {
        String mallory = users.create("mallory");

        Skopeo.Result pushed =
                skopeo.push(image.reference("v1"), repository(alice, "app", "evil"), mallory, Users.PASSWORD);

        assertFalse(pushed.succeeded(), pushed.output());
        HttpResponse<String> tags = registry.get("/v2/" + alice + "/app/tags/list", pullToken(alice, Users.PASSWORD));
        assertEquals(200, tags.statusCode(), tags.body());
        assertFalse(tags.body().contains("evil"), tags.body());
        assertTrue(tags.body().contains("v1"), tags.body());
    }

    @Test
    void whenTheCredentialsAreWrongThenTheRealmAnswers401WithABasicChallengeAndSkopeoFails() throws Exception {
        HttpResponse<String> wrong =
                tokenRequest(alice, "wrong password", SERVICE, "repository:" + alice + "/app:pull");

        assertEquals(401, wrong.statusCode(), wrong.body());
        assertTrue(
                wrong.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm="),
                wrong.headers().toString());
        assertFalse(skopeo.pull(repository(alice, "app", "v1"), pulledInto("wrong"), "nobody", "nothing")
                .succeeded());
    }

    @Test
    void whenTheServiceIsUnknownThenTheRealmAnswers400() {
        HttpResponse<String> unknown =
                tokenRequest(alice, Users.PASSWORD, "other.registry.test", "repository:" + alice + "/app:pull");

        assertEquals(400, unknown.statusCode(), unknown.body());
        assertEquals("invalid_request", json(unknown.body()).getString("error"));
    }

    @Test
    void whenAnOAuthTokenWithRepoReadIsThePasswordThenItPullsAndOnceRevokedItIsRefusedAtTheRealm() throws Exception {
        Callback callback = new Callback();
        try {
            Client client = Clients.register(
                    server,
                    "Registry tool",
                    "client_secret_basic",
                    "repo:read",
                    List.of("authorization_code"),
                    callback.uri());
            CodeFlow flow = new CodeFlow(server, browser, callback, alice);
            HttpResponse<String> redeemed =
                    flow.redeem(client, flow.code(client, "repo:read", null), client.redirectUri(), null);
            assertEquals(200, redeemed.statusCode(), redeemed.body());
            String accessToken = json(redeemed.body()).getString("access_token");

            Skopeo.Result pulled =
                    skopeo.pull(repository(alice, "app", "v1"), pulledInto("oauth"), "$oauthtoken", accessToken);
            assertTrue(pulled.succeeded(), pulled.output());
            Skopeo.Result pushed = skopeo.push(
                    image.reference("v1"), repository(alice, "app", "by-oauth"), "$oauthtoken", accessToken);
            assertFalse(pushed.succeeded(), "repo:read does not push: " + pushed.output());

            HttpResponse<String> revoked = flow.clientRequest("/oauth/revoke", client, Map.of("token", accessToken));
            assertEquals(200, revoked.statusCode(), revoked.body());
            HttpResponse<String> refused =
                    tokenRequest("$oauthtoken", accessToken, SERVICE, "repository:" + alice + "/app:pull");
            assertEquals(401, refused.statusCode(), refused.body());
            assertFalse(skopeo.pull(repository(alice, "app", "v1"), pulledInto("revoked"), "$oauthtoken", accessToken)
                    .succeeded());
        } finally {
            callback.close();
        }
    }

    @Test
    void whenTheAccessClaimIsTamperedWithThenTheRegistryRefusesTheToken() throws Exception {
        String mallory = users.create("mallory");
        String genuine = pullToken(mallory, Users.PASSWORD);
        String[] parts = genuine.split("\\.");
        JsonObject claims = json(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        assertEquals("[]", claims.getJsonArray("access").toString(), "mallory may not pull alice's image");
        String forged = Json.createObjectBuilder(claims)
                .add(
                        "access",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("type", "repository")
                                        .add("name", alice + "/app")
                                        .add(
                                                "actions",
                                                Json.createArrayBuilder().add("pull"))))
                .build()
                .toString();
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];

        assertEquals(
                401,
                registry.get("/v2/" + alice + "/app/manifests/v1", tampered).statusCode());
        assertEquals(
                200,
                registry.get("/v2/" + alice + "/app/manifests/v1", pullToken(alice, Users.PASSWORD))
                        .statusCode(),
                "the same request with a genuine token of the owner is served");
    }

    @Test
    void whenTheOAuth2FormIsPostedThenItGivesATokenTheRegistryAccepts() throws Exception {
        HttpResponse<String> response = server.postForm(
                "/v2/auth",
                Map.of(
                        "grant_type",
                        "password",
                        "service",
                        SERVICE,
                        "scope",
                        "repository:" + alice + "/app:pull",
                        "client_id",
                        "registry-it",
                        "username",
                        alice,
                        "password",
                        Users.PASSWORD));

        assertEquals(200, response.statusCode(), response.body());
        String token = json(response.body()).getString("access_token");
        assertEquals(
                200, registry.get("/v2/" + alice + "/app/manifests/v1", token).statusCode());
    }

    /** Creates alice's robot on her settings page; its token, which the page shows this once. */
    private String createRobot(String shortName, String permissions) {
        signInAsAlice();
        browser.fill("Name", shortName).fill("Permissions", permissions).press("Create robot");
        return browser.driver().findElement(By.id("robot-token")).getText();
    }

    private void signInAsAlice() {
        browser.forgetSessions();
        browser.open("/settings/robots").signIn(alice, Users.PASSWORD);
    }

    @Test
    void whenARobotMayPullThenItPullsButCannotPush() throws Exception {
        String token = createRobot("puller", "app:pull");

        Skopeo.Result pulled =
                skopeo.pull(repository(alice, "app", "v1"), pulledInto("robot"), alice + "+puller", token);
        assertTrue(pulled.succeeded(), pulled.output());
        Skopeo.Result pushed =
                skopeo.push(image.reference("v1"), repository(alice, "app", "by-robot"), alice + "+puller", token);
        assertFalse(pushed.succeeded(), pushed.output());
        Skopeo.Result other =
                skopeo.push(image.reference("v1"), repository(alice, "other", "v1"), alice + "+puller", token);
        assertFalse(other.succeeded(), other.output());
    }

    @Test
    void whenARobotMayPushThenItPushesToItsRepositoryOnly() throws Exception {
        String token = createRobot("pusher", "builds:push");

        Skopeo.Result pushed =
                skopeo.push(image.reference("v1"), repository(alice, "builds", "v1"), alice + "+pusher", token);
        assertTrue(pushed.succeeded(), pushed.output());
        assertFalse(skopeo.push(image.reference("v1"), repository(alice, "app", "by-pusher"), alice + "+pusher", token)
                .succeeded());
    }

    @Test
    void whenARobotsTokenIsRegeneratedOrTheRobotDeletedThenItIsRefused() throws Exception {
        String old = createRobot("rotated", "app:pull");
        browser.pressInRow(alice + "+rotated", "Regenerate token");
        String regenerated = browser.driver().findElement(By.id("robot-token")).getText();

        assertFalse(skopeo.pull(repository(alice, "app", "v1"), pulledInto("old"), alice + "+rotated", old)
                .succeeded());
        assertEquals(
                401,
                tokenRequest(alice + "+rotated", old, SERVICE, "repository:" + alice + "/app:pull")
                        .statusCode());
        Skopeo.Result pulled =
                skopeo.pull(repository(alice, "app", "v1"), pulledInto("new"), alice + "+rotated", regenerated);
        assertTrue(pulled.succeeded(), pulled.output());

        browser.pressInRow(alice + "+rotated", "Delete");
        assertTrue(browser.text().contains("Deleted robot " + alice + "+rotated."), browser::text);
        assertFalse(skopeo.pull(repository(alice, "app", "v1"), pulledInto("deleted"), alice + "+rotated", regenerated)
                .succeeded());
        assertEquals(
                401,
                tokenRequest(alice + "+rotated", regenerated, SERVICE, "repository:" + alice + "/app:pull")
                        .statusCode());
    }

    @Test
    void whenAnArtifactRefersToTheImageThenAPullTokenListsItsReferrers() throws Exception {
        String push = token(alice, Users.PASSWORD, "repository:" + alice + "/app:pull,push");
        HttpResponse<String> manifest = registry.get("/v2/" + alice + "/app/manifests/v1", push);
        String subject = manifest.headers().firstValue("Docker-Content-Digest").orElseThrow();
        String referrersTag = "sha256-" + subject.substring("sha256:".length());
        Referrers.push(
                registry,
                alice + "/app",
                push,
                subject,
                manifest.body().getBytes(StandardCharsets.UTF_8).length,
                referrersTag);
        String robotToken = createRobot("lister", "app:pull");
        String pull = token(alice + "+lister", robotToken, "repository:" + alice + "/app:pull");

        HttpResponse<String> api = registry.get("/v2/" + alice + "/app/referrers/" + subject, pull);
        HttpResponse<String> listed = api.statusCode() == 200
                ? api
                // Distribution 2.8 predates the referrers API: clients then read the referrers tag schema.
                : registry.get("/v2/" + alice + "/app/manifests/" + referrersTag, pull);

        assertEquals(200, listed.statusCode(), listed.body());
        assertTrue(listed.body().contains(Referrers.ARTIFACT_TYPE), listed.body());
        assertEquals(
                401,
                registry.get("/v2/" + alice + "/app/manifests/" + referrersTag, null)
                        .statusCode());
    }

    /** A token from the realm for {@code scope}, asserting the answer's fields. */
    private String token(String username, String secret, String scope) {
        HttpResponse<String> response = tokenRequest(username, secret, SERVICE, scope);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject token = json(response.body());
        assertEquals(token.getString("token"), token.getString("access_token"));
        assertTrue(token.getInt("expires_in") > 0);
        assertFalse(token.getString("issued_at").isEmpty());
        return token.getString("token");
    }

    /** A pull token for {@code alice}'s app from the realm, for {@code username}. */
    private String pullToken(String username, String secret) {
        return token(username, secret, "repository:" + alice + "/app:pull");
    }

    @AfterEach
    void keepTheRegistryLogOnFailure() throws IOException {
        Files.writeString(work.resolve("registry-copy.log"), registry.log());
    }
}
