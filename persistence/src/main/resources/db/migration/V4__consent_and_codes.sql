-- Authorization requests waiting for the user's decision on the consent page (RFC 6749 §4.1.1), keyed by a random
-- id; bound to the first signed-in user who opens them, deleted when decided (single use).
CREATE TABLE pending_authorization (
    id                    VARCHAR(64)   PRIMARY KEY,
    application_id        BIGINT        NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    redirect_uri          VARCHAR(2000),
    effective_redirect_uri VARCHAR(2000) NOT NULL,
    scopes                VARCHAR(2000) NOT NULL,
    state                 VARCHAR(2000),
    code_challenge        VARCHAR(128),
    code_challenge_method VARCHAR(8),
    user_id               BIGINT        REFERENCES grantry_user (id) ON DELETE CASCADE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_pending_authorization_created ON pending_authorization (created_at);

-- Authorization codes (RFC 6749 §4.1.2), stored only as keyed hashes; used_at is set once, atomically.
CREATE TABLE authorization_code (
    code_hash             VARCHAR(128)  PRIMARY KEY,
    application_id        BIGINT        NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    user_id               BIGINT        NOT NULL REFERENCES grantry_user (id) ON DELETE CASCADE,
    redirect_uri          VARCHAR(2000),
    scopes                VARCHAR(2000) NOT NULL,
    code_challenge        VARCHAR(128),
    code_challenge_method VARCHAR(8),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at               TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_authorization_code_expires ON authorization_code (expires_at);

-- The scopes a user has granted an application; later requests for the same or fewer scopes skip the consent page.
CREATE SEQUENCE consent_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE consent (
    id             BIGINT        PRIMARY KEY,
    user_id        BIGINT        NOT NULL REFERENCES grantry_user (id) ON DELETE CASCADE,
    application_id BIGINT        NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    scopes         VARCHAR(2000) NOT NULL,
    granted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_consent_user_application UNIQUE (user_id, application_id)
);
