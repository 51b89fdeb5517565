package dev.grantry.service.testing;

import dev.grantry.persistence.audit.AuditEvent;
import dev.grantry.persistence.audit.AuditEventType;
import dev.grantry.persistence.testing.GrantryDatabase;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * The audit events a test's actions recorded, each as one line that names every field a service fills in (type,
 * outcome, actor, user, client, scopes, grant, jti, detail; absent ones left out), so that a test compares the exact
 * events with one assertion. Only the events recorded since the last look count: what the test's set-up recorded is
 * not the test's subject.
 */
public final class RecordedEvents {

    private final GrantryDatabase db;
    private long seen;

    /** Starts looking now: the events already stored are passed over. */
    public RecordedEvents(GrantryDatabase db) {
        this.db = db;
        this.seen = stored().stream().mapToLong(AuditEvent::getId).max().orElse(0);
    }

    /** The events recorded since the last call (or since this was made), in the order recorded. */
    public List<String> since() {
        return sinceExcept();
    }

    /** {@link #since()} without the events of {@code types} (recorded by paths another test covers). */
    public List<String> sinceExcept(AuditEventType... types) {
        Set<AuditEventType> left = Set.of(types);
        List<AuditEvent> recorded =
                stored().stream().filter(event -> event.getId() > seen).toList();
        recorded.stream().mapToLong(AuditEvent::getId).max().ifPresent(last -> seen = last);
        return recorded.stream()
                .filter(event -> !left.contains(event.getType()))
                .map(RecordedEvents::line)
                .collect(Collectors.toList());
    }

    /** One event as {@link #since()} shows it. */
    public static String line(AuditEvent event) {
        StringJoiner line = new StringJoiner(" ");
        line.add(event.getType() + "/" + event.getOutcome());
        Arrays.asList(
                        field("actor", event.getActor()),
                        field("user", event.getSubjectUser()),
                        field("client", event.getClientId()),
                        field("scopes", event.getScopes()),
                        field("grant", event.getGrantId()),
                        field("jti", event.getTokenJti()),
                        field("detail", event.getDetail()))
                .stream()
                .filter(text -> !text.isEmpty())
                .forEach(line::add);
        return line.toString();
    }

    private static String field(String name, Object value) {
        return value == null ? "" : name + "=" + value;
    }

    private List<AuditEvent> stored() {
        return db.all(AuditEvent.class).stream()
                .sorted(Comparator.comparing(AuditEvent::getId))
                .toList();
    }
}
