package dev.grantry.service.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.persistence.user.Role;
import dev.grantry.persistence.user.SignInThrottle;
import dev.grantry.persistence.user.User;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import dev.grantry.service.user.SignInResult.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SignInServiceTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");
    static final String PASSWORD = "correct horse battery staple";
    static final String ADDRESS = "192.0.2.1";
    /** Three failures within five minutes lock a username for ten; four from one address block it for the window. */
    static final Map<String, String> SETTINGS = Map.of(
            "grantry.signin.max-failures-per-ip",
            "4",
            "grantry.signin.max-failures",
            "3",
            "grantry.signin.failure-window",
            "PT5M",
            "grantry.signin.lockout",
            "PT10M");

    final SignInService signIn = at(NOW);
    final User alice = storeUser("alice", true);

    /** The sign-in of a server whose clock says {@code now}. */
    static SignInService at(Instant now) {
        return new TestContainer(db, Clock.fixed(now, ZoneOffset.UTC), TestSettings.settings(SETTINGS))
                .with(PasswordHasher.class, TestPasswords.fastHasher())
                .get(SignInService.class);
    }

    static User storeUser(String username, boolean enabled) {
        User user = new User(
                username,
                null,
                null,
                TestPasswords.fastHasher().hash(PASSWORD),
                EnumSet.of(Role.USER, Role.ADMIN),
                NOW);
        user.setEnabled(enabled);
        db.persist(user);
        return user;
    }

    @Test
    void whenPasswordIsRightThenSignedInAsThatUser() {
        SignInResult result = signIn.signIn("alice", PASSWORD, ADDRESS);

        assertEquals(Outcome.SIGNED_IN, result.outcome());
        assertEquals(alice.getId(), result.signedInUser().orElseThrow().getId());
        assertEquals(EnumSet.of(Role.USER, Role.ADMIN), result.user().getRoles());
    }

    @Test
    void whenPasswordIsWrongOrUserUnknownOrDisabledThenRefusedAlikeAndEachFailureCounted() {
        storeUser("dora", false);

        for (String[] attempt : new String[][] {{"alice", "wrong"}, {"nobody", PASSWORD}, {"dora", PASSWORD}}) {
            SignInResult result = signIn.signIn(attempt[0], attempt[1], ADDRESS);

            assertEquals(Outcome.REFUSED, result.outcome(), attempt[0]);
            assertTrue(result.signedInUser().isEmpty());
        }
        assertEquals(
                List.of("alice", "dora", "nobody"),
                db.column("SELECT username FROM sign_in_throttle ORDER BY username"));
    }

    @Test
    void whenCredentialsAreMissingOrTheUsernameTooLongThenRefusedWithoutCounting() {
        for (String[] attempt :
                new String[][] {{null, PASSWORD}, {"alice", null}, {" ", PASSWORD}, {"a".repeat(65), PASSWORD}}) {
            assertEquals(
                    Outcome.REFUSED,
                    signIn.signIn(attempt[0], attempt[1], ADDRESS).outcome());
        }
        assertEquals(List.of(), db.column("SELECT username FROM sign_in_throttle"));
    }

    @Test
    void whenFailuresReachTheLimitThenLockedEvenWithTheRightPasswordUntilTheLockoutEnds() {
        assertEquals(Outcome.REFUSED, signIn.signIn("alice", "wrong", ADDRESS).outcome());
        assertEquals(Outcome.REFUSED, signIn.signIn("alice", "wrong", ADDRESS).outcome());

        assertEquals(Outcome.LOCKED, signIn.signIn("alice", "wrong", ADDRESS).outcome());

        assertEquals(Outcome.LOCKED, signIn.signIn("alice", PASSWORD, ADDRESS).outcome());
        assertTrue(signIn.isLocked("alice"));
        SignInService later = at(NOW.plus(Duration.ofMinutes(10)));
        assertFalse(later.isLocked("alice"));
        assertEquals(Outcome.SIGNED_IN, later.signIn("alice", PASSWORD, ADDRESS).outcome());
    }

    @Test
    void whenSignedInThenEarlierFailuresAreForgotten() {
        signIn.signIn("alice", "wrong", ADDRESS);
        signIn.signIn("alice", "wrong", ADDRESS);

        assertEquals(
                Outcome.SIGNED_IN, signIn.signIn("alice", PASSWORD, ADDRESS).outcome());

        assertTrue(db.all(SignInThrottle.class).isEmpty());
        assertEquals(Outcome.REFUSED, signIn.signIn("alice", "wrong", ADDRESS).outcome(), "the count starts again");
    }

    @Test
    void whenFailuresAreFurtherApartThanTheWindowThenNoLockout() {
        signIn.signIn("alice", "wrong", ADDRESS);
        signIn.signIn("alice", "wrong", ADDRESS);

        SignInService afterTheWindow = at(NOW.plus(Duration.ofMinutes(6)));

        assertEquals(
                Outcome.REFUSED,
                afterTheWindow.signIn("alice", "wrong", ADDRESS).outcome());
        assertFalse(afterTheWindow.isLocked("alice"));
    }

    @Test
    void whenTheCallersTransactionRollsBackThenTheFailureStillCounts() {
        try {
            db.inTransaction(() -> {
                signIn.signIn("alice", "wrong", ADDRESS);
                throw new IllegalStateException("the caller fails its request");
            });
        } catch (IllegalStateException expected) {
            // the caller's transaction is rolled back
        }

        assertEquals(List.of("alice"), db.column("SELECT username FROM sign_in_throttle"));
    }

    @Test
    void whenNobodyFailedThenNotLocked() {
        assertFalse(signIn.isLocked("alice"));
        assertFalse(signIn.isLocked(null));
    }

    @Test
    void whenFailuresFromOneAddressReachItsLimitThenEverySignInFromItIsRefusedUntilTheWindowEnds() {
        storeUser("bob", true);
        for (String username : List.of("bob", "carol", "dave", "erin")) {
            assertEquals(
                    Outcome.REFUSED, signIn.signIn(username, "guess", ADDRESS).outcome(), username);
        }

        SignInResult limited = signIn.signIn("alice", PASSWORD, ADDRESS);

        assertEquals(Outcome.ADDRESS_LIMITED, limited.outcome(), "even the right password, not even checked");
        assertEquals(SignInResult.ADDRESS_LIMITED_MESSAGE, limited.refusalMessage());
        assertTrue(signIn.isAddressLimited(ADDRESS));
        assertFalse(signIn.isLocked("bob"), "no username reached its own limit");
        assertEquals(
                Outcome.SIGNED_IN,
                signIn.signIn("alice", PASSWORD, "198.51.100.9").outcome());
        SignInService afterTheWindow = at(NOW.plus(Duration.ofMinutes(5)));
        assertFalse(afterTheWindow.isAddressLimited(ADDRESS));
        assertEquals(
                Outcome.SIGNED_IN,
                afterTheWindow.signIn("alice", PASSWORD, ADDRESS).outcome());
    }

    @Test
    void whenTheAddressIsUnknownThenOnlyTheUsernameIsLimited() {
        assertEquals(Outcome.REFUSED, signIn.signIn("alice", "wrong", null).outcome());

        assertEquals(List.of(), db.column("SELECT bucket FROM rate_limit"));
        assertFalse(signIn.isAddressLimited(null));
    }

    @Test
    void whenTwentyWrongPasswordsArriveAtOnceThenEveryOneIsCountedAndNoneFails() throws Exception {
        SignInService twentyAllowed = new TestContainer(
                        db,
                        Clock.fixed(NOW, ZoneOffset.UTC),
                        TestSettings.settings(Map.of(
                                "grantry.signin.max-failures", "20", "grantry.signin.max-failures-per-ip", "100")))
                .with(PasswordHasher.class, TestPasswords.fastHasher())
                .get(SignInService.class);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Outcome>> attempts = IntStream.range(0, 20)
                    .<Callable<Outcome>>mapToObj(i -> () ->
                            twentyAllowed.signIn("alice", "wrong", ADDRESS).outcome())
                    .toList();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> outcome : pool.invokeAll(attempts)) {
                outcomes.add(outcome.get());
            }

            assertEquals(19, outcomes.stream().filter(Outcome.REFUSED::equals).count(), outcomes.toString());
            assertEquals(1, outcomes.stream().filter(Outcome.LOCKED::equals).count(), "the twentieth locks");
            assertTrue(twentyAllowed.isLocked("alice"));
            assertEquals(List.of("20"), db.column("SELECT hits FROM rate_limit"));
        } finally {
            pool.shutdownNow();
        }
    }
}
