package dev.grantry.service.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.audit.AuditChain;
import dev.grantry.persistence.audit.AuditEvent;
import dev.grantry.persistence.audit.AuditEventRepository;
import dev.grantry.persistence.audit.AuditEventType;
import dev.grantry.persistence.audit.AuditOutcome;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuditChainVerifierTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    /** Small, so that a few events cross several batches. */
    static final int BATCH = 3;

    static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    private final TestContainer container =
            new TestContainer(db, Clock.fixed(T, ZoneOffset.UTC), TestSettings.settings());
    private final AuditEventRepository events = container.get(AuditEventRepository.class);
    private final AuditChainVerifier verifier = container.get(AuditChainVerifier.class);

    {
        verifier.batchSize = BATCH;
    }

    /** Each test's events are deleted after it, so its chain starts afresh (the seeded row is not reset for us). */
    @BeforeEach
    void startTheChainAgain() {
        db.execute("UPDATE audit_chain SET head_seq = 0, head_hash = '" + AuditChain.GENESIS_HASH
                + "', anchor_seq = 1, anchor_hash = '" + AuditChain.GENESIS_HASH + "' WHERE id = 1");
    }

    /** Stores {@code count} events and seals them, oldest first, from place 1 on. */
    private List<AuditEvent> sealed(int count) {
        db.inTransaction(() -> {
            for (int i = 0; i < count; i++) {
                events.append(new AuditEvent(T.plusSeconds(i), AuditEventType.SIGN_IN, AuditOutcome.SUCCESS)
                        .subjectUser("alice")
                        .detail("n" + i));
            }
        });
        db.inTransaction(() -> {
            AuditChain chain = events.lockChain();
            events.findUnsealed(count).forEach(chain::append);
        });
        return db.inTransaction(() -> events.findSealedFrom(1, count));
    }

    private ChainVerification verify() {
        // A transaction of its own, so that rows changed over JDBC are read afresh.
        return db.inTransaction(verifier::verify);
    }

    @Test
    void whenNothingWasAlteredThenIntactWithEverySealedEventCheckedAndTheUnsealedCounted() {
        sealed(BATCH + 20);
        db.inTransaction(() -> events.append(new AuditEvent(T, AuditEventType.SIGN_IN, AuditOutcome.FAILURE)));

        ChainVerification result = verify();

        assertTrue(result.intact(), result::summary);
        assertEquals(BATCH + 20, result.checked());
        assertEquals(1, result.unsealed());
        assertNull(result.brokenSeq());
    }

    @Test
    void whenARowIsAlteredInTheDatabaseThenVerificationFailsAtExactlyThatRow() {
        List<AuditEvent> chain = sealed(BATCH + 20);
        AuditEvent victim = chain.get(BATCH + 3);
        assertTrue(verify().intact());

        db.execute("UPDATE audit_event SET subject_user = 'mallory' WHERE id = " + victim.getId());

        ChainVerification result = verify();
        assertFalse(result.intact());
        assertEquals(ChainProblem.ALTERED, result.problem());
        assertEquals(victim.getChainSeq(), result.brokenSeq());
        assertEquals(victim.getId(), result.brokenEventId());
        assertEquals(victim.getChainSeq() - 1, result.checked(), "every event before it checked");
        assertTrue(result.summary().contains("broken at place " + victim.getChainSeq()), result::summary);
        db.execute("UPDATE audit_event SET subject_user = 'alice' WHERE id = " + victim.getId());
        assertTrue(verify().intact(), "the original content gives the original hash");
    }

    @Test
    void whenARowIsDeletedThenVerificationFailsAtItsPlace() {
        List<AuditEvent> chain = sealed(5);
        AuditEvent victim = chain.get(2);

        db.execute("DELETE FROM audit_event WHERE id = " + victim.getId());

        ChainVerification result = verify();
        assertEquals(ChainProblem.MISSING, result.problem());
        assertEquals(victim.getChainSeq(), result.brokenSeq());
        assertNull(result.brokenEventId());
    }

    @Test
    void whenTheNewestRowsAreDeletedThenTheChainEndsBeforeItsHead() {
        List<AuditEvent> chain = sealed(3);
        AuditEvent newest = chain.get(2);

        db.execute("DELETE FROM audit_event WHERE id = " + newest.getId());

        ChainVerification result = verify();
        assertEquals(ChainProblem.MISSING, result.problem());
        assertEquals(newest.getChainSeq(), result.brokenSeq());
    }

    @Test
    void whenTheChainHeadNoLongerMatchesTheLastEventThenAltered() {
        List<AuditEvent> chain = sealed(2);

        db.execute("UPDATE audit_chain SET head_hash = '" + "1".repeat(64) + "' WHERE id = 1");

        ChainVerification result = verify();
        assertEquals(ChainProblem.ALTERED, result.problem());
        assertEquals(chain.get(1).getChainSeq(), result.brokenSeq());
    }
}
