package dev.grantry.web.health;

import dev.grantry.service.setup.StartupProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The check named {@code grantry}: ready only once Grantry's start-up (migrations, administrator, signing keys) has
 * finished. Payara's {@code /health/ready} answers UP while no application has registered a check yet (during
 * deployment, or with another application deployed beside Grantry), so probes should require this check by name.
 */
@Readiness
@ApplicationScoped
public class StartupReadinessCheck implements HealthCheck {

    static final String NAME = "grantry";

    @Inject
    StartupProgress progress;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(progress.isFinished()).build();
    }
}
