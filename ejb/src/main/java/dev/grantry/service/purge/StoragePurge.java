package dev.grantry.service.purge;

import dev.grantry.persistence.audit.AuditChain;
import dev.grantry.persistence.audit.AuditEvent;
import dev.grantry.persistence.audit.AuditEventRepository;
import dev.grantry.persistence.authorize.AuthorizationCodeRepository;
import dev.grantry.persistence.authorize.PendingAuthorizationRepository;
import dev.grantry.persistence.grant.AuthorizationGrantRepository;
import dev.grantry.persistence.grant.IssuedTokenRepository;
import dev.grantry.persistence.job.JobRunRepository;
import dev.grantry.persistence.limit.RateLimitCounterRepository;
import dev.grantry.persistence.registry.RegistryRefreshTokenRepository;
import dev.grantry.persistence.user.SignInThrottleRepository;
import dev.grantry.service.authorize.AuthorizationService;
import dev.grantry.service.settings.GrantrySettings;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Deletes what no decision needs any more, so that no table grows without limit: expired authorization codes (kept a
 * day after expiry, so that a late replay still revokes its tokens), expired pending authorization requests, token
 * records past their expiry plus {@code grantry.purge.token-retention} and then the grants left without tokens,
 * sign-in throttles whose window and lockout are over, ended rate-limit windows, and audit events older than
 * {@code grantry.audit.retention-days} (when set).
 *
 * <p>Every node's timer fires every hour (a non-persistent timer, so no timer store is needed), and the first node to
 * claim that hour's run in the database ({@link JobRunRepository#claim}) purges; the others skip it, so a cluster
 * purges once an hour, not once per node. Should two runs meet all the same (a purge called directly), nothing
 * breaks: each step is one bulk delete by a time condition, and the audit step deletes a prefix of the sealed chain
 * and moves the chain's anchor past it under the chain's lock, so a second run waits and then finds nothing more.
 */
@Stateless
public class StoragePurge {

    private static final Logger LOG = Logger.getLogger(StoragePurge.class.getName());

    static final String JOB = "storage-purge";

    /** Less than the hour between firings, more than any clock difference between nodes. */
    static final Duration CLAIM_GAP = Duration.ofMinutes(30);

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
    AuditEventRepository auditEvents;

    @Inject
    JobRunRepository jobs;

    @Inject
    RegistryRefreshTokenRepository registryRefreshTokens;

    @Inject
    GrantrySettings settings;

    @Inject
    Clock clock;

    /** The hourly run (at a minute other jobs rarely pick), on the node that claims it first. */
    @Schedule(hour = "*", minute = "17", persistent = false)
    public void hourly() {
        if (!jobs.claim(JOB, clock.instant(), CLAIM_GAP)) {
            LOG.fine("Another node purges this hour");
            return;
        }
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
                rateLimits.removeEndedBefore(now),
                removeExpiredAuditEvents(now),
                registryRefreshTokens.removeExpiredBefore(now));
    }

    /**
     * Deletes the sealed audit events from the chain's anchor up to (not including) the first one within the
     * retention, and anchors the chain after the last deleted, so that a verification starts at the first kept event
     * from the hash it was sealed after. Events sealed after a kept one are kept too, however old (the chain loses
     * only a prefix), and unsealed events are never deleted.
     */
    private int removeExpiredAuditEvents(Instant now) {
        int days = settings.auditRetentionDays();
        if (days == 0) {
            return 0;
        }
        AuditChain chain = auditEvents.lockChain();
        long firstKept = auditEvents
                .findFirstSealedSeqAtOrAfter(now.minus(Duration.ofDays(days)))
                .orElse(chain.getHeadSeq() + 1);
        if (firstKept <= chain.getAnchorSeq()) {
            return 0;
        }
        List<AuditEvent> lastRemoved = auditEvents.findSealedFrom(firstKept - 1, 1);
        if (lastRemoved.isEmpty() || lastRemoved.get(0).getChainSeq() != firstKept - 1) {
            // A link is missing (deleted behind Grantry's back): keep everything, for the verification to report.
            LOG.warning(() -> "Kept the audit events: the chain has no event at " + (firstKept - 1));
            return 0;
        }
        int removed = auditEvents.removeSealedBefore(firstKept);
        chain.anchorAfter(lastRemoved.get(0));
        return removed;
    }
}
