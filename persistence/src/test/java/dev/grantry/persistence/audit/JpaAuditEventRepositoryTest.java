package dev.grantry.persistence.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.testing.GrantryDatabase;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JpaAuditEventRepositoryTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    private final AuditEventRepository events = db.inject(new JpaAuditEventRepository());

    private static AuditEvent tokenIssued(Instant at) {
        return new AuditEvent(at, AuditEventType.TOKEN_ISSUED, AuditOutcome.SUCCESS)
                .actor("client:app")
                .clientId("app")
                .subjectUser("alice")
                .scopes("read write")
                .grantId(7L)
                .tokenJti("jti-1")
                .remoteAddress("203.0.113.7")
                .userAgent("curl/8")
                .node("node-a")
                .detail("authorization_code");
    }

    private void sealAll() {
        db.inTransaction(() -> {
            AuditChain chain = events.lockChain();
            events.findUnsealed(100).forEach(chain::append);
        });
    }

    @Test
    void whenAppendedThenStoredUnsealedWithEveryField() {
        db.inTransaction(() -> events.append(tokenIssued(Instant.parse("2026-12-01T10:00:00.123456789Z"))));

        AuditEvent stored = db.inTransaction(() -> events.findUnsealed(10)).get(0);

        assertEquals(Instant.parse("2026-12-01T10:00:00.123Z"), stored.getOccurredAt());
        assertEquals(AuditEventType.TOKEN_ISSUED, stored.getType());
        assertEquals("alice", stored.getSubjectUser());
        assertEquals("jti-1", stored.getTokenJti());
        assertEquals("authorization_code", stored.getDetail());
        assertFalse(stored.isSealed());
        assertNull(stored.getChainHash());
    }

    @Test
    void whenSealedThenChainedInOrderFromTheHeadAndNoLongerUnsealed() {
        Instant t = Instant.parse("2026-12-01T10:00:00Z");
        db.inTransaction(() -> {
            events.append(tokenIssued(t.plusSeconds(2)));
            events.append(tokenIssued(t.plusSeconds(1)));
        });

        sealAll();

        List<AuditEvent> sealed = db.inTransaction(() -> events.findSealedFrom(1, 10));
        assertEquals(
                List.of(1L, 2L), sealed.stream().map(AuditEvent::getChainSeq).toList());
        assertEquals(t.plusSeconds(1), sealed.get(0).getOccurredAt(), "oldest first");
        assertTrue(sealed.get(0).isIntactAfter(AuditChain.GENESIS_HASH));
        assertTrue(sealed.get(1).isIntactAfter(sealed.get(0).getChainHash()));
        assertTrue(db.inTransaction(() -> events.findUnsealed(10)).isEmpty());
        AuditChain chain = db.inTransaction(events::findChain);
        assertEquals(sealed.get(1).getChainSeq(), chain.getHeadSeq());
        assertEquals(sealed.get(1).getChainHash(), chain.getHeadHash());
    }

    @Test
    void whenARowIsAlteredInTheDatabaseThenItsHashNoLongerMatches() {
        db.inTransaction(() -> events.append(tokenIssued(Instant.parse("2026-12-01T10:00:00Z"))));
        String previousHash = db.inTransaction(events::findChain).getHeadHash();
        sealAll();

        AuditEvent sealed = db.inTransaction(() -> events.findSealedFrom(0, 1)).get(0);
        assertTrue(sealed.isIntactAfter(previousHash));

        db.execute("UPDATE audit_event SET subject_user = 'mallory' WHERE id = " + sealed.getId());

        AuditEvent altered = db.inTransaction(() -> events.findSealedFrom(0, 1)).get(0);
        assertEquals("mallory", altered.getSubjectUser());
        assertFalse(altered.isIntactAfter(previousHash));
    }

    @Test
    void whenSealedTwiceThenRefused() {
        AuditEvent event = tokenIssued(Instant.EPOCH);
        event.seal(1, AuditChain.GENESIS_HASH);

        assertThrows(IllegalStateException.class, () -> event.seal(2, AuditChain.GENESIS_HASH));
    }

    @Test
    void whenTextIsLongerThanItsColumnThenCutWithoutSplittingACharacter() {
        String agent = "a".repeat(AuditEvent.USER_AGENT_LENGTH - 1) + "\uD83D\uDE00tail";

        AuditEvent event = new AuditEvent(Instant.EPOCH, AuditEventType.SIGN_IN, AuditOutcome.FAILURE).userAgent(agent);

        assertEquals("a".repeat(AuditEvent.USER_AGENT_LENGTH - 1), event.getUserAgent());
        db.inTransaction(() -> events.append(event.detail("x".repeat(5000))));
        assertEquals(
                AuditEvent.DETAIL_LENGTH,
                db.inTransaction(() -> events.findUnsealed(1))
                        .get(0)
                        .getDetail()
                        .length());
    }

    @Test
    void whenSearchedThenNewestFirstFilteredAndPagedWithoutGapsOrRepeats() {
        Instant t = Instant.parse("2026-12-01T10:00:00Z");
        db.inTransaction(() -> {
            for (int i = 0; i < 5; i++) {
                // Two events share each second, so that the pages must tell them apart by id.
                events.append(tokenIssued(t.plusSeconds(i / 2)).detail("n" + i));
            }
            events.append(new AuditEvent(t, AuditEventType.SIGN_IN, AuditOutcome.FAILURE).subjectUser("bob"));
        });

        AuditFilter tokens = new AuditFilter(null, null, AuditEventType.TOKEN_ISSUED, "alice", "app", null);
        List<AuditEvent> first = db.inTransaction(() -> events.search(tokens, null, 2));
        List<AuditEvent> second = db.inTransaction(() -> events.search(tokens, AuditPosition.of(first.get(1)), 2));
        List<AuditEvent> third = db.inTransaction(() -> events.search(tokens, AuditPosition.of(second.get(1)), 2));

        assertEquals(List.of("n4", "n3", "n2", "n1", "n0"), details(first, second, third));
        assertEquals(
                List.of(AuditEventType.SIGN_IN),
                db.inTransaction(() -> events.search(AuditFilter.ofUser("bob"), null, 10)).stream()
                        .map(AuditEvent::getType)
                        .toList());
        AuditFilter window =
                new AuditFilter(t.plusSeconds(1), t.plusSeconds(2), null, null, null, AuditOutcome.SUCCESS);
        assertEquals(List.of("n3", "n2"), details(db.inTransaction(() -> events.search(window, null, 10))));
        assertEquals(
                6,
                db.inTransaction(() -> events.search(AuditFilter.ALL, null, 10)).size());
    }

    private static List<String> details(List<AuditEvent> page) {
        return details(List.of(page));
    }

    private static List<String> details(List<AuditEvent> first, List<AuditEvent> second, List<AuditEvent> third) {
        return details(List.of(first, second, third));
    }

    private static List<String> details(Collection<List<AuditEvent>> pages) {
        return pages.stream().flatMap(List::stream).map(AuditEvent::getDetail).toList();
    }
}
