package dev.grantry.service.purge;

import dev.grantry.persistence.authorize.AuthorizationCodeRepository;
import dev.grantry.persistence.authorize.PendingAuthorizationRepository;
import dev.grantry.persistence.grant.AuthorizationGrantRepository;
import dev.grantry.persistence.grant.IssuedTokenRepository;
import dev.grantry.persistence.limit.RateLimitCounterRepository;
import dev.grantry.persistence.user.SignInThrottleRepository;
import dev.grantry.service.authorize.AuthorizationService;
import dev.grantry.service.settings.GrantrySettings;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Deletes what no decision needs any more, so that no table grows without limit: expired authorization codes (kept a
 * day after expiry, so that a late replay still revokes its tokens), expired pending authorization requests, token
 * records past their expiry plus {@code grantry.purge.token-retention} and then the grants left without tokens,
 * sign-in throttles whose window and lockout are over, and ended rate-limit windows.
 *
 * <p>Every node runs it every hour (a non-persistent timer, so no timer store is needed): each step is one bulk
 * delete by a time condition, so running it on several nodes at once, or twice, deletes each row once and changes
 * nothing else.
 */
@Stateless
public class StoragePurge {

    private static final Logger LOG = Logger.getLogger(StoragePurge.class.getName());

    @Inject
    AuthorizationCodeRepository codes;

    @Inject
    PendingAuthorizationRepository pendings;

    @Inject
    IssuedTokenRepository tokens;

    @Inject
    AuthorizationGrantRepository grants;

    @Inject
    SignInThrottleRepository throttles;

    @Inject
    RateLimitCounterRepository rateLimits;

    @Inject
    GrantrySettings settings;

    @Inject
    Clock clock;

    /** The hourly run (at a minute other jobs rarely pick). */
    @Schedule(hour = "*", minute = "17", persistent = false)
    void hourly() {
        PurgeCounts counts = purge();
        LOG.info(() -> "Purged " + counts);
    }

    /** Deletes every row past its time, in one transaction; how many of each. */
    public PurgeCounts purge() {
        Instant now = clock.instant();
        Instant tokenCutoff = now.minus(settings.purgeTokenRetention());
        int deletedTokens = tokens.removeExpiredBefore(tokenCutoff);
        return new PurgeCounts(
                codes.removeExpiredBefore(now.minus(AuthorizationService.USED_CODE_RETENTION)),
                pendings.removeCreatedBefore(now.minus(settings.authorizationRequestLifetime())),
                deletedTokens,
                grants.removeWithoutTokensCreatedBefore(tokenCutoff),
                throttles.removeEnded(now.minus(settings.signInFailureWindow()), now),
                rateLimits.removeEndedBefore(now));
    }
}
