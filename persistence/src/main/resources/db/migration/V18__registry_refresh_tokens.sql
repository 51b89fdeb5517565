-- Refresh tokens of the registry token service (Docker Registry v2 "Requesting a Token using OAuth2", access_type
-- offline: docker login keeps one as its identity token). Held only as keyed hashes; bound to the user (the robot's
-- owner for a robot) and the user's session generation, so that a disabled or deleted user, a regenerated or
-- deleted robot end them; purged when expired.
CREATE SEQUENCE registry_refresh_token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE registry_refresh_token (
    id                 BIGINT       PRIMARY KEY,
    token_hash         VARCHAR(128) NOT NULL,
    user_id            BIGINT       NOT NULL REFERENCES grantry_user (id) ON DELETE CASCADE,
    robot_id           BIGINT       REFERENCES robot (id) ON DELETE CASCADE,
    session_generation INTEGER      NOT NULL,
    service            VARCHAR(255) NOT NULL,
    client_id          VARCHAR(255) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_registry_refresh_token_hash UNIQUE (token_hash)
);

CREATE INDEX ix_registry_refresh_token_expires ON registry_refresh_token (expires_at);
