package dev.grantry.service.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.grant.IssuedToken;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.persistence.user.User;
import dev.grantry.service.client.ClientCredentials;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.testing.Fixtures;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * JWTs whose header or payload is JSON nested 10,000 levels deep (CVE-2025-53864) are refused like any other
 * malformed token: never a stack overflow that would reach the client as a server error.
 */
class MalformedTokenTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    static final int DEPTH = 10_000;

    final TestContainer container = new TestContainer(db, Clock.fixed(NOW, ZoneOffset.UTC), TestSettings.settings());
    final AccessTokenVerifier verifier = container.get(AccessTokenVerifier.class);
    final IntrospectionService introspection = container.get(IntrospectionService.class);
    final RevocationService revocation = container.get(RevocationService.class);
    final Fixtures stored = new Fixtures(db, container);
    final Application client =
            stored.confidential("client", "secret", Set.of(GrantType.AUTHORIZATION_CODE), Set.of("repo:read"));
    final User alice = stored.user("alice");
    final IssuedTokens issued = container.get(TokenIssuer.class).issue(client, alice, Set.of("repo:read"), null, false);

    /** {@code {"a":{"a":…{"a":1}…}}}, {@value #DEPTH} objects deep. */
    static String nestedObject() {
        return "{\"a\":".repeat(DEPTH) + "1" + "}".repeat(DEPTH);
    }

    static String part(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A JWT with a deeply nested header, and one with a deeply nested payload (arrays inside a claim). */
    static List<String> nestedTokens() {
        String header = part("{\"alg\":\"RS256\",\"typ\":\"at+jwt\",\"kid\":\"k\"}");
        String payload = part("{\"jti\":\"j\",\"x\":" + "[".repeat(DEPTH) + "]".repeat(DEPTH) + "}");
        return List.of(
                part(nestedObject()) + "." + part("{\"jti\":\"j\"}") + ".c2ln", header + "." + payload + ".c2ln");
    }

    /**
     * Runs {@code check} on a thread with a server worker's stack (512 KB) rather than the test's main thread, whose
     * stack is far larger, and rethrows what it threw: a stack overflow then fails the test as it fails a request.
     */
    static void onWorkerStack(Runnable check) throws Throwable {
        Throwable[] thrown = new Throwable[1];
        Thread worker = new Thread(
                null,
                () -> {
                    try {
                        check.run();
                    } catch (Throwable e) {
                        thrown[0] = e;
                    }
                },
                "worker",
                512 * 1024);
        worker.start();
        worker.join();
        if (thrown[0] != null) {
            throw thrown[0];
        }
    }

    @Test
    void whenANestedJwtIsVerifiedThenNotVerified() throws Throwable {
        for (String token : nestedTokens()) {
            onWorkerStack(() -> {
                assertTrue(verifier.verify(token).isEmpty());
                assertEquals(
                        OAuthError.INVALID_TOKEN,
                        assertThrows(OAuthException.class, () -> verifier.require(token, "repo:read"))
                                .error());
            });
        }
    }

    @Test
    void whenANestedJwtIsIntrospectedThenInactive() throws Throwable {
        for (String token : nestedTokens()) {
            onWorkerStack(() -> assertFalse(introspection
                    .introspect(null, new ClientCredentials(null, "client", "secret"), token)
                    .active()));
        }
    }

    @Test
    void whenANestedJwtIsRevokedThenNothingChanges() throws Throwable {
        for (String token : nestedTokens()) {
            onWorkerStack(() -> revocation.revoke(new ClientCredentials(null, "client", "secret"), token));
        }

        assertTrue(db.all(IssuedToken.class).stream().noneMatch(IssuedToken::isRevoked));
        assertTrue(verifier.verify(issued.accessToken()).isPresent());
    }
}
