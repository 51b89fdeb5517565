package dev.grantry.service.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.audit.AuditEvent;
import dev.grantry.persistence.audit.AuditEventType;
import dev.grantry.persistence.audit.AuditOutcome;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import jakarta.persistence.TransactionRequiredException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuditTrailTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final Instant NOW = Instant.parse("2026-12-01T09:30:00Z");

    private final TestContainer container =
            new TestContainer(db, Clock.fixed(NOW, ZoneOffset.UTC), TestSettings.settings());
    private final AuditTrail audit = container.get(AuditTrail.class);

    {
        container.get(RequestOrigin.class).set("198.51.100.4", "Mozilla/5.0");
    }

    @Test
    void whenRecordedThenStoredWithTheTimeTheOriginAndThisNode() {
        db.inTransaction(() -> audit.record(audit.success(AuditEventType.CONSENT_GRANTED)
                .subjectUser("alice")
                .clientId("app")
                .scopes("read")));

        AuditEvent stored = db.all(AuditEvent.class).get(0);
        assertEquals(NOW, stored.getOccurredAt());
        assertEquals(AuditOutcome.SUCCESS, stored.getOutcome());
        assertEquals("alice", stored.getSubjectUser());
        assertEquals("198.51.100.4", stored.getRemoteAddress());
        assertEquals("Mozilla/5.0", stored.getUserAgent());
        assertEquals(AuditTrail.NODE, stored.getNode());
        assertTrue(AuditTrail.NODE.contains("#" + ProcessHandle.current().pid()));
    }

    @Test
    void whenTheChangeRollsBackThenItsEventIsGoneButAnEventRecordedAloneStays() {
        assertThrows(
                IllegalStateException.class,
                () -> db.inTransaction(() -> {
                    audit.record(audit.success(AuditEventType.TOKEN_ISSUED));
                    audit.recordAlone(audit.failure(AuditEventType.RATE_LIMITED));
                    throw new IllegalStateException("the request fails");
                }));

        List<AuditEvent> stored = db.all(AuditEvent.class);
        assertEquals(
                List.of(AuditEventType.RATE_LIMITED),
                stored.stream().map(AuditEvent::getType).toList());
        assertEquals(AuditOutcome.FAILURE, stored.get(0).getOutcome());
    }

    @Test
    void whenRecordedOutsideATransactionThenRefused() {
        assertThrows(
                TransactionRequiredException.class,
                () -> audit.record(audit.success(AuditEventType.SIGNING_KEY_ROTATED)));
        assertTrue(db.all(AuditEvent.class).isEmpty());
    }
}
