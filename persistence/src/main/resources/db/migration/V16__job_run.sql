-- When each scheduled job last started on any node, so that a job every node schedules runs on one node at a time
-- (the first to move its time forward). Seeded long ago, so the first firing runs it.
CREATE TABLE job_run (
    name            VARCHAR(64) PRIMARY KEY,
    last_started_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO job_run (name, last_started_at) VALUES ('storage-purge', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
