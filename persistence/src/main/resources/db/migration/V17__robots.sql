-- Robot accounts (Quay's): a user's non-human accounts for registries, named owner+short_name, each with a token
-- stored only as its keyed hash, and pull or push permissions on repositories of the owner's namespace.
CREATE SEQUENCE robot_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE robot (
    id              BIGINT       PRIMARY KEY,
    owner_id        BIGINT       NOT NULL REFERENCES grantry_user (id) ON DELETE CASCADE,
    short_name      VARCHAR(64)  NOT NULL,
    description     VARCHAR(500),
    token_hash      VARCHAR(128) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    token_issued_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_robot_owner_short_name UNIQUE (owner_id, short_name)
);

-- One row per repository (its name within the owner's namespace) the robot may pull from, and push to when push.
CREATE TABLE robot_permission (
    robot_id   BIGINT       NOT NULL REFERENCES robot (id) ON DELETE CASCADE,
    repository VARCHAR(255) NOT NULL,
    push       BOOLEAN      NOT NULL,
    PRIMARY KEY (robot_id, repository)
);
