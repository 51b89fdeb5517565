package dev.grantry.service.audit;

import dev.grantry.persistence.audit.AuditChain;
import dev.grantry.persistence.audit.AuditEvent;
import dev.grantry.persistence.audit.AuditEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Recomputes the audit chain from its anchor (the first kept event) to its head, in batches, and reports the first
 * broken link: what an auditor's "Verify chain" runs. Not an EJB and meant to be called outside a transaction, so
 * that each batch is read into a persistence context of its own and dropped: a chain of millions of events is
 * verified in little memory. Events sealed after the verification read the head are left for the next one.
 */
@ApplicationScoped
public class AuditChainVerifier {

    static final int BATCH = 500;

    /** How many events one read brings; smaller in tests, so that they cross batches cheaply. */
    int batchSize = BATCH;

    @Inject
    AuditEventRepository events;

    public ChainVerification verify() {
        AuditChain chain = events.findChain();
        long head = chain.getHeadSeq();
        ChainWalk walk = new ChainWalk(chain.getAnchorSeq(), chain.getAnchorHash());
        while (!walk.isBroken() && walk.nextSeq() <= head) {
            int size = (int) Math.min(batchSize, head - walk.nextSeq() + 1);
            List<AuditEvent> batch = events.findSealedFrom(walk.nextSeq(), size);
            if (batch.isEmpty()) {
                break;
            }
            for (AuditEvent event : batch) {
                // An event past the head here means the places before it are missing: the walk says so.
                if (!walk.accept(event)) {
                    break;
                }
            }
        }
        return walk.end(head, chain.getHeadHash(), events.countUnsealed());
    }
}
