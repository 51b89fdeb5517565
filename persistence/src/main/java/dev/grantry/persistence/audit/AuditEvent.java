package dev.grantry.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One thing that happened, as an auditor reads it: when, what, with which outcome, who did it, to whom, through
 * which application, from where. It names grants by id and tokens by {@code jti}, never by the token or a secret.
 *
 * <p>Events are written in the transaction of the change they describe and never changed afterwards, except once:
 * {@link #seal sealing} gives each committed event its place in the chain and a SHA-256 hash over its content and
 * the previous event's hash, so that altering, removing or inserting a row breaks the chain from that row on.
 * Sealing runs behind the writers (so that they never wait for each other on the chain's head); until then an event
 * is shown as unsealed.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(
        name = "AuditEvent.findUnsealed",
        query = "SELECT e FROM AuditEvent e WHERE e.chainSeq IS NULL ORDER BY e.occurredAt, e.id")
@NamedQuery(
        name = "AuditEvent.findSealedFrom",
        query = "SELECT e FROM AuditEvent e WHERE e.chainSeq >= :fromSeq ORDER BY e.chainSeq")
@NamedQuery(
        name = "AuditEvent.findFirstSealedSeqAtOrAfter",
        query = "SELECT MIN(e.chainSeq) FROM AuditEvent e WHERE e.chainSeq IS NOT NULL AND e.occurredAt >= :time")
@NamedQuery(name = "AuditEvent.removeSealedBefore", query = "DELETE FROM AuditEvent e WHERE e.chainSeq < :seq")
@NamedQuery(name = "AuditEvent.countUnsealed", query = "SELECT COUNT(e) FROM AuditEvent e WHERE e.chainSeq IS NULL")
@NamedQuery(
        name = "AuditEvent.countByClient",
        query = "SELECT e.clientId, COUNT(e) FROM AuditEvent e WHERE e.type = :type AND e.occurredAt >= :from"
                + " AND e.occurredAt < :to GROUP BY e.clientId")
public class AuditEvent {

    static final int ACTOR_LENGTH = 128;
    static final int USER_LENGTH = 64;
    static final int CLIENT_ID_LENGTH = 128;
    static final int SCOPES_LENGTH = 2000;
    static final int JTI_LENGTH = 64;
    static final int ADDRESS_LENGTH = 64;
    static final int USER_AGENT_LENGTH = 512;
    static final int NODE_LENGTH = 128;
    static final int DETAIL_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 48)
    private AuditEventType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AuditOutcome outcome;

    @Column(length = ACTOR_LENGTH)
    private String actor;

    @Column(name = "subject_user", length = USER_LENGTH)
    private String subjectUser;

    @Column(name = "client_id", length = CLIENT_ID_LENGTH)
    private String clientId;

    @Column(length = SCOPES_LENGTH)
    private String scopes;

    @Column(name = "grant_id")
    private Long grantId;

    @Column(name = "token_jti", length = JTI_LENGTH)
    private String tokenJti;

    @Column(name = "remote_address", length = ADDRESS_LENGTH)
    private String remoteAddress;

    @Column(name = "user_agent", length = USER_AGENT_LENGTH)
    private String userAgent;

    @Column(length = NODE_LENGTH)
    private String node;

    @Column(length = DETAIL_LENGTH)
    private String detail;

    @Column(name = "chain_seq", unique = true)
    private Long chainSeq;

    @Column(name = "chain_hash", length = 64)
    private String chainHash;

    protected AuditEvent() {}

    /**
     * An unsealed event; the other fields are set by the fluent setters before it is stored. The time is kept to the
     * millisecond, which every database stores exactly, so that the hash computed now is the one recomputed later.
     */
    public AuditEvent(Instant occurredAt, AuditEventType type, AuditOutcome outcome) {
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
        this.type = Objects.requireNonNull(type);
        this.outcome = Objects.requireNonNull(outcome);
    }

    /** Who did it: a username, {@code client:<client_id>}, or {@code system}. */
    public AuditEvent actor(String actor) {
        this.actor = fit(actor, ACTOR_LENGTH);
        return this;
    }

    /** The user whose grant, token, consent or account it concerns (the username at the time). */
    public AuditEvent subjectUser(String username) {
        this.subjectUser = fit(username, USER_LENGTH);
        return this;
    }

    public AuditEvent clientId(String clientId) {
        this.clientId = fit(clientId, CLIENT_ID_LENGTH);
        return this;
    }

    /** The scopes concerned, space-separated as in RFC 6749 §3.3. */
    public AuditEvent scopes(String scopes) {
        this.scopes = fit(scopes, SCOPES_LENGTH);
        return this;
    }

    public AuditEvent grantId(Long grantId) {
        this.grantId = grantId;
        return this;
    }

    /** The JWT ID ({@code jti}) of the token concerned; never the token itself. */
    public AuditEvent tokenJti(String jti) {
        this.tokenJti = fit(jti, JTI_LENGTH);
        return this;
    }

    public AuditEvent remoteAddress(String address) {
        this.remoteAddress = fit(address, ADDRESS_LENGTH);
        return this;
    }

    /** The client's {@code User-Agent}, cut to the column's length. */
    public AuditEvent userAgent(String userAgent) {
        this.userAgent = fit(userAgent, USER_AGENT_LENGTH);
        return this;
    }

    /** The server node that wrote it. */
    public AuditEvent node(String node) {
        this.node = fit(node, NODE_LENGTH);
        return this;
    }

    /** A short explanation (a grant type, a reason for a refusal), cut to the column's length. */
    public AuditEvent detail(String detail) {
        this.detail = fit(detail, DETAIL_LENGTH);
        return this;
    }

    /**
     * Gives the event its place {@code seq} in the chain and its hash over its content and {@code previousHash}.
     *
     * @throws IllegalStateException when it is sealed already: an event is sealed exactly once
     */
    public void seal(long seq, String previousHash) {
        if (chainSeq != null) {
            throw new IllegalStateException("Audit event " + id + " is sealed already");
        }
        this.chainSeq = seq;
        this.chainHash = hashAfter(previousHash);
    }

    /** Whether the stored hash is the one its content and {@code previousHash} give: nothing was altered. */
    public boolean isIntactAfter(String previousHash) {
        return chainHash != null && chainHash.equals(hashAfter(previousHash));
    }

    public boolean isSealed() {
        return chainSeq != null;
    }

    private String hashAfter(String previousHash) {
        StringBuilder content = new StringBuilder(previousHash);
        for (Object field : new Object[] {
            chainSeq,
            id,
            occurredAt,
            type,
            outcome,
            actor,
            subjectUser,
            clientId,
            scopes,
            grantId,
            tokenJti,
            remoteAddress,
            userAgent,
            node,
            detail
        }) {
            // Length-prefixed, so that no two different contents give the same text to hash.
            String text = field == null ? "" : field.toString();
            content.append('|')
                    .append(field == null ? -1 : text.length())
                    .append(':')
                    .append(text);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** {@code value} cut to {@code length} characters, never between the two halves of a surrogate pair. */
    private static String fit(String value, int length) {
        if (value == null || value.length() <= length) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(length - 1)) ? length - 1 : length;
        return value.substring(0, end);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public AuditEventType getType() {
        return type;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getActor() {
        return actor;
    }

    public String getSubjectUser() {
        return subjectUser;
    }

    public String getClientId() {
        return clientId;
    }

    public String getScopes() {
        return scopes;
    }

    public Long getGrantId() {
        return grantId;
    }

    public String getTokenJti() {
        return tokenJti;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public String getNode() {
        return node;
    }

    public String getDetail() {
        return detail;
    }

    /** The place in the chain, or {@code null} while unsealed. */
    public Long getChainSeq() {
        return chainSeq;
    }

    /** The hash over the content and the previous event's hash, or {@code null} while unsealed. */
    public String getChainHash() {
        return chainHash;
    }
}
