package dev.grantry.service.audit;

import dev.grantry.persistence.audit.AuditEvent;
import dev.grantry.persistence.audit.AuditEventRepository;
import dev.grantry.persistence.audit.AuditEventType;
import dev.grantry.persistence.audit.AuditOutcome;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;

/**
 * The one path by which audit events are written. A service builds its event with {@link #success} or
 * {@link #failure}, fills in what it knows (user, client, scopes, grant, token id, detail) and {@link #record}s it in
 * the transaction of the change it describes: committed with it, rolled back with it. A refusal whose transaction
 * rolls back is recorded with {@link #recordAlone} instead. The request's origin and this node are added here.
 */
@Stateless
public class AuditTrail {

    /** This server node: its host name and process id, which tell the nodes of a cluster apart, even on one host. */
    static final String NODE = hostName() + "#" + ProcessHandle.current().pid();

    @Inject
    AuditEventRepository events;

    @Inject
    RequestOrigin origin;

    @Inject
    Clock clock;

    /** A new event of {@code type} that happened now. */
    public AuditEvent success(AuditEventType type) {
        return new AuditEvent(clock.instant(), type, AuditOutcome.SUCCESS);
    }

    /** A new event of {@code type} that was refused now. */
    public AuditEvent failure(AuditEventType type) {
        return new AuditEvent(clock.instant(), type, AuditOutcome.FAILURE);
    }

    /** Stores {@code event} in the caller's transaction, which must exist: the event shares the change's fate. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(AuditEvent event) {
        events.append(fromHere(event));
    }

    /**
     * Stores {@code event} in a transaction of its own, committed at once: for a refusal whose own transaction rolls
     * back (an exception that undoes the request), which must still be on record.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAlone(AuditEvent event) {
        events.append(fromHere(event));
    }

    private AuditEvent fromHere(AuditEvent event) {
        event.node(NODE);
        try {
            return event.remoteAddress(origin.remoteAddress()).userAgent(origin.userAgent());
        } catch (ContextNotActiveException e) {
            return event; // work not started by a request (a managed executor task): no origin to tell
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
