package dev.grantry.service.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.audit.AuditChain;
import dev.grantry.persistence.audit.AuditEvent;
import dev.grantry.persistence.audit.AuditEventType;
import dev.grantry.persistence.audit.AuditOutcome;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChainWalkTest {

    private static AuditEvent sealedAt(long seq, String previousHash) {
        AuditEvent event = new AuditEvent(Instant.EPOCH, AuditEventType.SIGN_IN, AuditOutcome.SUCCESS);
        event.seal(seq, previousHash);
        return event;
    }

    @Test
    void whenAPlaceComesAgainThenOutOfOrderThere() {
        AuditEvent first = sealedAt(1, AuditChain.GENESIS_HASH);
        AuditEvent second = sealedAt(2, first.getChainHash());
        ChainWalk walk = new ChainWalk(1, AuditChain.GENESIS_HASH);

        assertTrue(walk.accept(first));
        assertTrue(walk.accept(second));
        assertFalse(walk.accept(first));

        ChainVerification result = walk.end(2, second.getChainHash(), 0);
        assertEquals(ChainProblem.OUT_OF_ORDER, result.problem());
        assertEquals(1L, result.brokenSeq());
        assertEquals(2, result.checked());
    }

    @Test
    void whenEveryPlaceUpToTheHeadHoldsThenIntact() {
        AuditEvent first = sealedAt(7, "a".repeat(64));
        ChainWalk walk = new ChainWalk(7, "a".repeat(64));

        assertTrue(walk.accept(first));

        ChainVerification result = walk.end(7, first.getChainHash(), 3);
        assertTrue(result.intact());
        assertEquals(
                "The audit chain is intact: 1 sealed events checked. 3 newer events are not sealed yet.",
                result.summary());
    }

    @Test
    void whenTheChainIsEmptyThenIntactWithNothingChecked() {
        ChainVerification result = new ChainWalk(1, AuditChain.GENESIS_HASH).end(0, AuditChain.GENESIS_HASH, 0);

        assertTrue(result.intact());
        assertEquals(0, result.checked());
    }
}
