-- Users who sign in to Grantry, their roles, and the per-username sign-in throttle (lockout).
-- Ids come from a sequence, 50 at a time: EclipseLink takes each value as the last id of a block of 50.
CREATE SEQUENCE grantry_user_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE grantry_user (
    id            BIGINT       PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(200),
    email         VARCHAR(320),
    password_hash VARCHAR(512) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_grantry_user_username UNIQUE (username)
);

CREATE TABLE grantry_user_role (
    user_id BIGINT      NOT NULL REFERENCES grantry_user (id) ON DELETE CASCADE,
    role    VARCHAR(16) NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- One row per username that failed to sign in recently; kept in the database so every node sees it.
CREATE TABLE sign_in_throttle (
    username      VARCHAR(64) PRIMARY KEY,
    failures      INTEGER     NOT NULL,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE
);

-- Server-wide secrets generated on the first start (e.g. the HMAC pepper when none is configured).
CREATE TABLE server_secret (
    name       VARCHAR(64)  PRIMARY KEY,
    secret     VARCHAR(512) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
