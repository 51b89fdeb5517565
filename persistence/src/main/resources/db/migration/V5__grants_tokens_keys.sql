-- Authorization grants (one authorization of an application by a user, with its scopes: the family that every token
-- from one code and all its refresh rotations share), a record per issued token, and the token signing keys.
-- Deleting an application or a user deletes its grants and token records, which makes those tokens inactive.
CREATE SEQUENCE authorization_grant_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE authorization_grant (
    id               BIGINT        PRIMARY KEY,
    application_id   BIGINT        NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    user_id          BIGINT        REFERENCES grantry_user (id) ON DELETE CASCADE,
    scope            VARCHAR(2000) NOT NULL,
    origin_code_hash VARCHAR(128),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_authorization_grant_code ON authorization_grant (origin_code_hash);
CREATE INDEX ix_authorization_grant_application ON authorization_grant (application_id);
CREATE INDEX ix_authorization_grant_user ON authorization_grant (user_id);

-- jti is the JWT ID of an access token; a refresh token is opaque and kept only as its keyed hash (token_hash).
CREATE TABLE issued_token (
    jti            VARCHAR(64)   PRIMARY KEY,
    kind           VARCHAR(16)   NOT NULL,
    token_hash     VARCHAR(128),
    grant_id       BIGINT        REFERENCES authorization_grant (id) ON DELETE CASCADE,
    application_id BIGINT        NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    user_id        BIGINT        REFERENCES grantry_user (id) ON DELETE CASCADE,
    scope          VARCHAR(2000) NOT NULL,
    issued_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at     TIMESTAMP WITH TIME ZONE,
    used_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_issued_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_issued_token_grant ON issued_token (grant_id);
CREATE INDEX ix_issued_token_application ON issued_token (application_id);
CREATE INDEX ix_issued_token_user ON issued_token (user_id);
CREATE INDEX ix_issued_token_expires ON issued_token (expires_at);

-- Token signing keys: the public JWK in clear, the private JWK encrypted (AES-GCM) under the key-encryption key.
-- status: ACTIVE (signs; exactly one), PREVIOUS (still published in the JWKS), RETIRED (no longer published).
CREATE TABLE signing_key (
    kid                   VARCHAR(64)   PRIMARY KEY,
    algorithm             VARCHAR(16)   NOT NULL,
    public_jwk            VARCHAR(4000) NOT NULL,
    encrypted_private_jwk VARCHAR(8000) NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_signing_key_status ON signing_key (status);
