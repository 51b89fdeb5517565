package dev.grantry.persistence.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores {@link AuditEvent}s and their {@link AuditChain}. Events are only ever added, sealed, or purged. */
public interface AuditEventRepository {

    /** Stores {@code event} in the current transaction, unsealed. */
    void append(AuditEvent event);

    /** At most {@code max} committed events not yet sealed, oldest first. */
    List<AuditEvent> findUnsealed(int max);

    /** At most {@code max} sealed events from place {@code fromSeq} on, in chain order. */
    List<AuditEvent> findSealedFrom(long fromSeq, int max);

    /**
     * At most {@code max} events that {@code filter} selects, newest first (by time, then id), after
     * {@code position} (the last event of the previous page) or from the newest when {@code position} is {@code null}.
     */
    List<AuditEvent> search(AuditFilter filter, AuditPosition position, int max);

    /** The chain's head and anchor, locked until the transaction ends, so that one sealer at a time extends it. */
    AuditChain lockChain();

    /** The chain's head and anchor, unlocked, to read. */
    AuditChain findChain();

    /**
     * The place of the first sealed event (in chain order) that occurred at or after {@code time}; empty when every
     * sealed event is older. The retention purge keeps the chain from there on.
     */
    Optional<Long> findFirstSealedSeqAtOrAfter(Instant time);

    /**
     * Deletes the sealed events before place {@code seq}: a prefix of the chain (unsealed events are never deleted).
     *
     * @return how many
     */
    int removeSealedBefore(long seq);

    /** How many committed events wait to be sealed into the chain. */
    long countUnsealed();

    /**
     * How many events of {@code type} each application had from {@code from} (inclusive) to {@code to} (exclusive),
     * by client id ({@code null} for events of no application): one index range scan, portable to every database.
     */
    Map<String, Long> countByClient(AuditEventType type, Instant from, Instant to);
}
