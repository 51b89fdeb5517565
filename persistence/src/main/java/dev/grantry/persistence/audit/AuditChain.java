package dev.grantry.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row that holds the chain of sealed {@link AuditEvent}s together: its head (the last sealed event's place
 * and hash, where the next sealing continues) and its anchor (the first kept event's place and the hash before it,
 * where a verification starts once the retention purge has deleted older events). The sealer locks this row, so
 * that only one node at a time extends the chain.
 */
@Entity
@Table(name = "audit_chain")
public class AuditChain {

    /** The id of the only row, inserted by the migration. */
    public static final int ID = 1;
    /** The hash before the first event ever sealed. */
    public static final String GENESIS_HASH = "0".repeat(64);

    @Id
    private int id;

    @Column(name = "head_seq", nullable = false)
    private long headSeq;

    @Column(name = "head_hash", nullable = false, length = 64)
    private String headHash;

    @Column(name = "anchor_seq", nullable = false)
    private long anchorSeq;

    @Column(name = "anchor_hash", nullable = false, length = 64)
    private String anchorHash;

    protected AuditChain() {}

    /** Seals {@code event} as the chain's next link and moves the head to it. */
    public void append(AuditEvent event) {
        event.seal(headSeq + 1, headHash);
        headSeq = event.getChainSeq();
        headHash = event.getChainHash();
    }

    /**
     * Moves the anchor past {@code lastRemoved}, the newest event the retention purge deletes: verification then
     * starts at the event after it, from its hash.
     */
    public void anchorAfter(AuditEvent lastRemoved) {
        anchorSeq = lastRemoved.getChainSeq() + 1;
        anchorHash = lastRemoved.getChainHash();
    }

    /** The place of the last sealed event; 0 before the first. */
    public long getHeadSeq() {
        return headSeq;
    }

    public String getHeadHash() {
        return headHash;
    }

    /** The place of the first event a verification checks. */
    public long getAnchorSeq() {
        return anchorSeq;
    }

    /** The hash the event at {@link #getAnchorSeq()} was sealed after. */
    public String getAnchorHash() {
        return anchorHash;
    }
}
