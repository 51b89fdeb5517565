package dev.grantry.service.client;

import dev.grantry.service.audit.Refusals;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.limit.RateLimitWindow;
import dev.grantry.service.limit.RateLimiter;
import dev.grantry.service.settings.GrantrySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/**
 * Limits registration through the APIs ({@code /oauth/register}, Gancio's {@code /api/client}) per client address:
 * at most {@code grantry.client.registration.max-per-ip} requests per {@code grantry.client.registration.ip-window},
 * so that open registration cannot fill the database or burn the CPU for free (RFC 7591
 * <a href="https://www.rfc-editor.org/rfc/rfc7591#section-5">§5</a> leaves rate limiting to the server). A refused
 * request is recorded in the audit trail, with its address.
 */
@ApplicationScoped
public class RegistrationLimit {

    private static final String BUCKET = "register:";

    @Inject
    RateLimiter rateLimiter;

    @Inject
    GrantrySettings settings;

    @Inject
    Refusals refusals;

    @Inject
    Clock clock;

    /**
     * Counts one registration request from {@code clientAddress}.
     *
     * @throws OAuthException 429 {@code temporarily_unavailable} with the time to wait, past the limit
     */
    public void count(String clientAddress) {
        RateLimitWindow window = rateLimiter.hit(BUCKET + clientAddress, settings.clientRegistrationIpWindow());
        if (window.hits() > settings.clientRegistrationMaxPerIp()) {
            Duration wait = Duration.between(clock.instant(), window.endsAt());
            refusals.rateLimited("Registration: over grantry.client.registration.max-per-ip");
            throw OAuthException.rateLimited(
                    "Too many registrations from your network address. Try again in " + wait.toSeconds() + " seconds.",
                    wait);
        }
    }
}
