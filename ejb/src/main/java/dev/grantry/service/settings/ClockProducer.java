package dev.grantry.service.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one clock every service tells the time by (UTC), injectable so that tests pass a fixed one instead. Produced as
 * a {@link Singleton} (no client proxy), like {@link GrantrySettings}.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
