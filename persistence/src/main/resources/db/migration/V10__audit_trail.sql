-- The audit trail: one row per event, never updated except once when it is sealed into the hash chain (chain_seq,
-- chain_hash), and deleted only by the retention purge. Users and applications are named, not referenced, so that
-- their events outlive them.
CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_event (
    id             BIGINT        PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    event_type     VARCHAR(48)   NOT NULL,
    outcome        VARCHAR(16)   NOT NULL,
    actor          VARCHAR(128),
    subject_user   VARCHAR(64),
    client_id      VARCHAR(128),
    scopes         VARCHAR(2000),
    grant_id       BIGINT,
    token_jti      VARCHAR(64),
    remote_address VARCHAR(64),
    user_agent     VARCHAR(512),
    node           VARCHAR(128),
    detail         VARCHAR(1000),
    chain_seq      BIGINT,
    chain_hash     VARCHAR(64),
    CONSTRAINT uq_audit_event_chain_seq UNIQUE (chain_seq)
);
-- Newest first, paged by (occurred_at, id); each filter has an index in that order (descending, since H2 reads an
-- index one way only: with ascending ones the first page of a million events sorts all of them).
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at DESC, id DESC);
CREATE INDEX ix_audit_event_type_time ON audit_event (event_type, occurred_at DESC, id DESC);
CREATE INDEX ix_audit_event_user_time ON audit_event (subject_user, occurred_at DESC, id DESC);
CREATE INDEX ix_audit_event_client_time ON audit_event (client_id, occurred_at DESC, id DESC);
CREATE INDEX ix_audit_event_actor_time ON audit_event (actor, occurred_at DESC, id DESC);

-- The chain's head (where sealing continues) and anchor (where verification starts after a purge): one row, locked
-- by the sealer so that one node at a time extends the chain.
CREATE TABLE audit_chain (
    id          INTEGER     PRIMARY KEY,
    head_seq    BIGINT      NOT NULL,
    head_hash   VARCHAR(64) NOT NULL,
    anchor_seq  BIGINT      NOT NULL,
    anchor_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain (id, head_seq, head_hash, anchor_seq, anchor_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000',
        1, '0000000000000000000000000000000000000000000000000000000000000000');
