package dev.grantry.service.setup;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether {@link GrantryStartup} has finished (schema migrated, administrator and signing key in place), for the
 * readiness probe: until then Grantry must not be sent traffic. A bean of its own, since asking the singleton would
 * wait on its start-up lock.
 */
@ApplicationScoped
public class StartupProgress {

    private volatile boolean finished;

    void markFinished() {
        finished = true;
    }

    public boolean isFinished() {
        return finished;
    }
}
