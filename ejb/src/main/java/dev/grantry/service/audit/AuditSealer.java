package dev.grantry.service.audit;

import dev.grantry.persistence.audit.AuditChain;
import dev.grantry.persistence.audit.AuditEvent;
import dev.grantry.persistence.audit.AuditEventRepository;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Seals committed audit events into the hash chain, a few seconds behind the writers, so that recording an event
 * never waits for the chain's head (the token endpoint stays parallel).
 *
 * <p>Each run is one transaction: it locks the chain's row, takes the oldest unsealed events that are committed (a
 * writer's uncommitted event is invisible, and sealed by a later run once committed), seals each as the next link and
 * commits them with the new head. Hence every committed event is sealed exactly once, in the order the runs see
 * them: a run that fails or a node that crashes seals nothing, and the next run starts where the committed head is;
 * two nodes never extend the chain at once, since the second waits for the first's lock and then sees its seals.
 * Every node runs it every 2 seconds (a non-persistent timer, so no timer store is needed).
 */
@Stateless
public class AuditSealer {

    /**
     * At most this many events per run: a run stays short (a second or two), and a backlog goes at 5,000 events a
     * second, more than a node's token endpoint can write.
     */
    static final int BATCH = 10_000;

    @Inject
    AuditEventRepository events;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    void everyTwoSeconds() {
        seal();
    }

    /** Seals up to {@link #BATCH} committed, unsealed events, oldest first; how many. */
    public int seal() {
        AuditChain chain = events.lockChain();
        List<AuditEvent> unsealed = events.findUnsealed(BATCH);
        unsealed.forEach(chain::append);
        return unsealed.size();
    }
}
