package dev.grantry.service.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.grantry.persistence.audit.AuditEvent;
import dev.grantry.persistence.audit.AuditEventType;
import dev.grantry.persistence.audit.AuditOutcome;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.service.audit.RequestOrigin;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The audit events of sign-ins and of administrators' changes to users: exactly these, and never a password. */
class UserAuditTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");
    static final String PASSWORD = "correct horse battery staple";
    static final String ADDRESS = "192.0.2.1";

    final TestContainer container = new TestContainer(
                    db,
                    Clock.fixed(NOW, ZoneOffset.UTC),
                    TestSettings.settings(
                            Map.of("grantry.signin.max-failures", "2", "grantry.signin.max-failures-per-ip", "3")))
            .with(PasswordHasher.class, TestPasswords.fastHasher());
    final UserService users = container.get(UserService.class);
    final SignInService signIn = container.get(SignInService.class);

    {
        container.get(RequestOrigin.class).set(ADDRESS, "Mozilla/5.0");
        users.create(new NewUser("alice", null, null, PASSWORD, Set.of()), "root");
    }

    /** Type, outcome, actor, subject user and detail of every stored event, oldest first. */
    private static List<List<String>> events() {
        return db.all(AuditEvent.class).stream()
                .sorted(Comparator.comparing(AuditEvent::getId))
                .map(e -> Arrays.asList(
                        e.getType().name(), e.getOutcome().name(), e.getActor(), e.getSubjectUser(), e.getDetail()))
                .toList();
    }

    private static List<String> event(
            AuditEventType type, AuditOutcome outcome, String actor, String user, String detail) {
        return Arrays.asList(type.name(), outcome.name(), actor, user, detail);
    }

    @Test
    void whenAnAdministratorCreatesDisablesEnablesAndUnlocksThenEachIsRecordedWithActorAndSubject() {
        users.setEnabled("alice", false, "root");
        users.setEnabled("alice", false, "root");
        users.setEnabled("alice", true, "root");
        users.unlock("alice", "root");
        users.create(new NewUser("first", null, null, PASSWORD, Set.of("admin")));

        assertEquals(
                List.of(
                        event(AuditEventType.USER_CREATED, AuditOutcome.SUCCESS, "root", "alice", "roles: user"),
                        event(AuditEventType.USER_DISABLED, AuditOutcome.SUCCESS, "root", "alice", null),
                        event(AuditEventType.USER_ENABLED, AuditOutcome.SUCCESS, "root", "alice", null),
                        event(AuditEventType.USER_UNLOCKED, AuditOutcome.SUCCESS, "root", "alice", null),
                        event(
                                AuditEventType.USER_CREATED,
                                AuditOutcome.SUCCESS,
                                "system",
                                "first",
                                "roles: user, admin")),
                events());
        assertEquals(ADDRESS, db.all(AuditEvent.class).get(0).getRemoteAddress());
    }

    @Test
    void whenAChangeIsRefusedThenNothingIsRecordedForIt() {
        assertThrows(InvalidUserException.class, () -> users.create(new NewUser("alice", null, null, PASSWORD, null)));
        assertThrows(InvalidUserException.class, () -> users.setEnabled("nobody", false, "root"));

        assertEquals(1, events().size(), "only alice's creation");
    }

    @Test
    void whenSignInsSucceedFailAndLockThenEachIsRecordedWithItsReasonAndNeverThePassword() {
        signIn.signIn("alice", PASSWORD, ADDRESS);
        signIn.signIn("alice", "wrong guess", ADDRESS);
        signIn.signIn("mallory", "wrong guess", ADDRESS);
        signIn.signIn("alice", "second wrong guess", null);
        signIn.signIn("alice", PASSWORD, null);

        assertEquals(
                List.of(
                        event(AuditEventType.USER_CREATED, AuditOutcome.SUCCESS, "root", "alice", "roles: user"),
                        event(AuditEventType.SIGN_IN, AuditOutcome.SUCCESS, "alice", "alice", null),
                        event(AuditEventType.SIGN_IN, AuditOutcome.FAILURE, "alice", "alice", "wrong password"),
                        event(AuditEventType.SIGN_IN, AuditOutcome.FAILURE, null, null, "unknown username"),
                        event(
                                AuditEventType.SIGN_IN_LOCKOUT,
                                AuditOutcome.FAILURE,
                                "alice",
                                "alice",
                                "username locked after too many failed sign-ins"),
                        event(AuditEventType.SIGN_IN, AuditOutcome.FAILURE, "alice", "alice", "wrong password"),
                        event(AuditEventType.SIGN_IN, AuditOutcome.FAILURE, "alice", "alice", "username locked")),
                events());
        for (AuditEvent event : db.all(AuditEvent.class)) {
            assertFalse(String.valueOf(event.getDetail()).contains("wrong guess"), event.getDetail());
            assertFalse(String.valueOf(event.getDetail()).contains(PASSWORD), event.getDetail());
        }
    }

    @Test
    void whenAnAddressReachesItsLimitThenItsLockoutIsRecordedOnceAndLaterAttemptsAsRefused() {
        for (String password : List.of("one", "two", "three")) {
            signIn.signIn("mallory" + password, password, ADDRESS);
        }
        signIn.signIn("alice", PASSWORD, ADDRESS);

        List<List<String>> events = events();
        assertEquals(
                event(
                        AuditEventType.SIGN_IN_LOCKOUT,
                        AuditOutcome.FAILURE,
                        null,
                        null,
                        "address locked after too many failed sign-ins"),
                events.get(3));
        assertEquals(
                event(
                        AuditEventType.SIGN_IN,
                        AuditOutcome.FAILURE,
                        "alice",
                        "alice",
                        "too many failed sign-ins from this address"),
                events.get(5));
        assertEquals(6, events.size());
    }
}
