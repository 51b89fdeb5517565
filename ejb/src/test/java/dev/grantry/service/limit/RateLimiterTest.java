package dev.grantry.service.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RateLimiterTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final Instant NOW = Instant.parse("2026-06-10T08:00:00Z");
    static final Duration HOUR = Duration.ofHours(1);

    static RateLimiter at(Instant now) {
        return new TestContainer(db, Clock.fixed(now, ZoneOffset.UTC), TestSettings.settings()).get(RateLimiter.class);
    }

    @Test
    void whenHitThenCountedInTheWindowAndANewWindowStartsAfterIt() {
        RateLimiter limiter = at(NOW);

        assertEquals(new RateLimitWindow(1, NOW.plus(HOUR)), limiter.hit("b", HOUR));
        assertEquals(new RateLimitWindow(2, NOW.plus(HOUR)), limiter.hit("b", HOUR));
        assertEquals(new RateLimitWindow(1, NOW.plus(HOUR)), limiter.hit("other", HOUR));
        assertEquals(Optional.of(NOW.plus(HOUR)), limiter.exhaustedUntil("b", 2));
        assertEquals(Optional.empty(), limiter.exhaustedUntil("b", 3));

        Instant later = NOW.plus(HOUR);
        assertEquals(Optional.empty(), at(later).exhaustedUntil("b", 2), "the window has ended");
        assertEquals(new RateLimitWindow(1, later.plus(HOUR)), at(later).hit("b", HOUR));
    }

    @Test
    void whenTwentyHitsArriveAtOnceThenEveryOneIsCounted() throws Exception {
        RateLimiter limiter = at(NOW);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<RateLimitWindow>> hits = IntStream.range(0, 20)
                    .<Callable<RateLimitWindow>>mapToObj(i -> () -> limiter.hit("burst", HOUR))
                    .toList();
            List<Integer> counts = pool.invokeAll(hits).stream()
                    .map(RateLimiterTest::hits)
                    .sorted()
                    .toList();

            assertEquals(IntStream.rangeClosed(1, 20).boxed().toList(), counts);
            assertTrue(limiter.exhaustedUntil("burst", 20).isPresent());
        } finally {
            pool.shutdownNow();
        }
    }

    private static int hits(Future<RateLimitWindow> result) {
        try {
            return result.get().hits();
        } catch (Exception e) {
            throw new AssertionError("a concurrent hit failed", e);
        }
    }
}
