package dev.grantry.persistence.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * When a scheduled job last started on any node. Every node's timer fires, and the first to move this time forward
 * runs the job; the others find it moved and skip that run (see {@link JobRunRepository#claim}).
 */
@Entity
@Table(name = "job_run")
@NamedQuery(
        name = "JobRun.claim",
        query = "UPDATE JobRun j SET j.lastStartedAt = :now WHERE j.name = :name AND j.lastStartedAt <= :due")
public class JobRun {

    @Id
    @Column(length = 64)
    private String name;

    @Column(name = "last_started_at", nullable = false)
    private Instant lastStartedAt;

    protected JobRun() {}

    public String getName() {
        return name;
    }

    public Instant getLastStartedAt() {
        return lastStartedAt;
    }
}
