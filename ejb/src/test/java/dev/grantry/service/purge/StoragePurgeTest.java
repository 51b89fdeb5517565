package dev.grantry.service.purge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grantry.persistence.authorize.AuthorizationCode;
import dev.grantry.persistence.authorize.PendingAuthorization;
import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.limit.RateLimitCounter;
import dev.grantry.persistence.registry.RegistryRefreshToken;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.persistence.user.SignInThrottle;
import dev.grantry.persistence.user.User;
import dev.grantry.service.testing.Fixtures;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import dev.grantry.service.token.TokenIssuer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The purge deletes exactly what is past its time, and running it again (or on another node) deletes nothing more. */
class StoragePurgeTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final Instant NOW = Instant.parse("2026-06-10T08:00:00Z");
    /** Token records are kept a day after expiry, sign-in failures counted for 15 minutes (the default). */
    static final Map<String, String> SETTINGS = Map.of("grantry.purge.token-retention", "PT24H");

    final Fixtures stored = new Fixtures(db, at(NOW));
    final Application client = stored.confidential(
            "client", "secret", Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN), Set.of("repo:read"));
    final User alice = stored.user("alice");

    static TestContainer at(Instant now) {
        return new TestContainer(db, Clock.fixed(now, ZoneOffset.UTC), TestSettings.settings(SETTINGS));
    }

    @Test
    void whenPurgedThenOnlyRowsPastTheirTimeAreDeletedAndTheCountsSaySo() {
        storeCodesAndRequests();
        // Tokens (access + refresh, one grant each): expired 3 days ago, so past the retention; and live ones.
        at(NOW.minus(Duration.ofDays(34))).get(TokenIssuer.class).issue(client, alice, Set.of("repo:read"), null, true);
        at(NOW).get(TokenIssuer.class).issue(client, alice, Set.of("repo:read"), null, true);
        db.persist(
                new SignInThrottle("ended", NOW.minus(Duration.ofHours(1))),
                new SignInThrottle("counting", NOW.minus(Duration.ofMinutes(5))),
                lockedThrottle("locked"),
                new RateLimitCounter("sign-in:192.0.2.1", NOW.minus(Duration.ofHours(2)), Duration.ofMinutes(15)),
                new RateLimitCounter("register:192.0.2.1", NOW.minus(Duration.ofMinutes(10)), Duration.ofHours(1)),
                registryRefreshToken("hs256:expired", NOW.minusSeconds(1)),
                registryRefreshToken("hs256:live", NOW.plus(Duration.ofDays(1))));
        assertEquals(List.of("2", "2", "4", "2", "3", "2", "2"), counts(), "before");

        PurgeCounts purged = at(NOW).get(StoragePurge.class).purge();

        assertEquals(new PurgeCounts(1, 1, 2, 1, 1, 1, 0, 1), purged);
        assertEquals(List.of("1", "1", "2", "1", "2", "1", "1"), counts(), "after");
        assertEquals(
                new PurgeCounts(0, 0, 0, 0, 0, 0, 0, 0),
                at(NOW).get(StoragePurge.class).purge(),
                "idempotent");
    }

    @Test
    void whenEveryNodesTimerFiresInTheSameHourThenOnlyTheFirstNodePurges() {
        db.persist(endedRateLimit("sign-in:192.0.2.1"));
        at(NOW).get(StoragePurge.class).hourly();
        assertEquals("0", count("rate_limit"), "the first node purged");

        db.persist(endedRateLimit("sign-in:192.0.2.2"));
        at(NOW.plusSeconds(2)).get(StoragePurge.class).hourly();
        assertEquals("1", count("rate_limit"), "the second node's timer, the same hour: skipped");

        at(NOW.plus(Duration.ofHours(1))).get(StoragePurge.class).hourly();
        assertEquals("0", count("rate_limit"), "the next hour's run purges");
    }

    private static RateLimitCounter endedRateLimit(String bucket) {
        return new RateLimitCounter(bucket, NOW.minus(Duration.ofHours(2)), Duration.ofMinutes(15));
    }

    /** A code and a pending request past their time, and one of each within it. */
    private void storeCodesAndRequests() {
        Instant old = NOW.minus(Duration.ofDays(2));
        PendingAuthorization oldRequest = pending("old", old);
        PendingAuthorization freshRequest = pending("fresh", NOW.minus(Duration.ofMinutes(1)));
        db.persist(oldRequest, freshRequest);
        db.persist(
                new AuthorizationCode("hs256:old", oldRequest, alice, old, old.plusSeconds(60)),
                new AuthorizationCode("hs256:fresh", freshRequest, alice, NOW, NOW.plusSeconds(60)));
    }

    private PendingAuthorization pending(String id, Instant createdAt) {
        return new PendingAuthorization(
                id, client, null, "https://client.example/cb", Set.of("repo:read"), null, null, null, createdAt);
    }

    /** A throttle whose window is long over but whose lockout still runs: kept. */
    private static SignInThrottle lockedThrottle(String username) {
        SignInThrottle throttle = new SignInThrottle(username, NOW.minus(Duration.ofHours(1)));
        throttle.recordFailure(NOW.minus(Duration.ofMinutes(20)), Duration.ofMinutes(15), 1, Duration.ofHours(1));
        return throttle;
    }

    private static List<String> counts() {
        return List.of(
                count("authorization_code"),
                count("pending_authorization"),
                count("issued_token"),
                count("authorization_grant"),
                count("sign_in_throttle"),
                count("rate_limit"),
                count("registry_refresh_token"));
    }

    private RegistryRefreshToken registryRefreshToken(String hash, Instant expiresAt) {
        return new RegistryRefreshToken(
                hash, alice, null, "registry.test", "docker", expiresAt.minus(Duration.ofDays(90)), expiresAt);
    }

    private static String count(String table) {
        return db.column("SELECT COUNT(*) FROM " + table).get(0);
    }
}
