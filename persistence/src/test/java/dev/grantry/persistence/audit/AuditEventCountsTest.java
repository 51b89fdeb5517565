package dev.grantry.persistence.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grantry.persistence.testing.GrantryDatabase;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuditEventCountsTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final Instant DAY = Instant.parse("2026-12-01T00:00:00Z");

    private final AuditEventRepository events = db.inject(new JpaAuditEventRepository());

    private static AuditEvent event(AuditEventType type, Instant at, String clientId) {
        return new AuditEvent(at, type, AuditOutcome.SUCCESS).clientId(clientId);
    }

    @Test
    void whenCountedByClientThenOnlyThatTypeWithinTheRangeCounts() {
        db.inTransaction(() -> {
            events.append(event(AuditEventType.TOKEN_ISSUED, DAY, "app"));
            events.append(event(AuditEventType.TOKEN_ISSUED, DAY.plusSeconds(86_399), "app"));
            events.append(event(AuditEventType.TOKEN_ISSUED, DAY.plusSeconds(3600), "robot"));
            events.append(event(AuditEventType.TOKEN_ISSUED, DAY.plusSeconds(86_400), "app"));
            events.append(event(AuditEventType.TOKEN_ISSUED, DAY.minusMillis(1), "app"));
            events.append(event(AuditEventType.CODE_ISSUED, DAY.plusSeconds(60), "app"));
        });

        Map<String, Long> counts =
                db.inTransaction(() -> events.countByClient(AuditEventType.TOKEN_ISSUED, DAY, DAY.plusSeconds(86_400)));

        assertEquals(Map.of("app", 2L, "robot", 1L), counts);
    }

    @Test
    void whenSomeAreSealedThenOnlyTheOthersCountAsUnsealed() {
        db.inTransaction(() -> {
            events.append(event(AuditEventType.SIGN_IN, DAY, null));
            events.append(event(AuditEventType.SIGN_IN, DAY.plusSeconds(1), null));
        });
        db.inTransaction(() -> {
            AuditChain chain = events.lockChain();
            chain.append(events.findUnsealed(1).get(0));
        });
        db.inTransaction(() -> events.append(event(AuditEventType.SIGN_IN, DAY.plusSeconds(2), null)));

        assertEquals(2L, db.inTransaction(events::countUnsealed));
    }
}
