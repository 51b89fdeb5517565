package dev.grantry.persistence.job;

import java.time.Duration;
import java.time.Instant;

/** Stores {@link JobRun}s; the migrations create one row per job. */
public interface JobRunRepository {

    /**
     * Claims this run of the job for the calling node: records {@code now} as its start unless a node started it
     * less than {@code gap} ago. One conditional update, so of nodes that claim at once exactly one succeeds (the
     * others wait for its row lock and then find the time moved); the claim holds only if the caller's transaction
     * commits, so a run that fails is tried again at the next firing.
     *
     * @return whether the caller runs the job now
     */
    boolean claim(String job, Instant now, Duration gap);
}
