package dev.grantry.persistence.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.testing.GrantryDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JpaJobRunRepositoryTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    private static final String PURGE = "storage-purge";
    private static final Instant NOW = Instant.parse("2026-03-01T12:17:00Z");
    private static final Duration GAP = Duration.ofMinutes(30);

    private final JobRunRepository jobs = db.inject(new JpaJobRunRepository());

    /** The seeded row is kept between tests: each starts from a job that never ran. */
    @BeforeEach
    void neverRan() {
        db.execute("UPDATE job_run SET last_started_at = TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00'");
    }

    @Test
    void whenTheJobNeverRanThenTheFirstClaimRunsItAndTheSecondWithinTheGapDoesNot() {
        assertTrue(db.inTransaction(() -> jobs.claim(PURGE, NOW, GAP)));

        assertFalse(db.inTransaction(() -> jobs.claim(PURGE, NOW.plusSeconds(5), GAP)), "another node, same hour");
        assertTrue(db.inTransaction(() -> jobs.claim(PURGE, NOW.plus(Duration.ofHours(1)), GAP)), "the next hour");
    }

    @Test
    void whenTwoNodesClaimAtOnceThenExactlyOneRunsTheJob() throws Exception {
        List<Boolean> claims =
                db.overlapping(() -> jobs.claim(PURGE, NOW, GAP), () -> jobs.claim(PURGE, NOW.plusMillis(3), GAP));

        assertEquals(List.of(true, false), claims);
    }

    @Test
    void whenTheClaimingTransactionRollsBackThenTheJobIsClaimableAgain() {
        Runnable failingRun = () -> {
            assertTrue(jobs.claim(PURGE, NOW, GAP));
            throw new IllegalStateException("the job failed");
        };
        assertThrows(IllegalStateException.class, () -> db.inTransaction(failingRun));

        assertTrue(db.inTransaction(() -> jobs.claim(PURGE, NOW.plusSeconds(5), GAP)));
    }

    @Test
    void whenAJobIsUnknownThenNothingIsClaimed() {
        assertFalse(db.inTransaction(() -> jobs.claim("no-such-job", NOW, GAP)));
    }
}
