-- Scopes an application may ask for, each with the description users see on the consent page.
CREATE TABLE scope (
    name        VARCHAR(64)  PRIMARY KEY,
    description VARCHAR(500) NOT NULL
);

INSERT INTO scope (name, description) VALUES
    ('repo:read',   'View all visible repositories'),
    ('repo:write',  'Read and write to all visible repositories'),
    ('repo:admin',  'Administer all visible repositories'),
    ('repo:create', 'Create repositories'),
    ('user:read',   'Read your user information'),
    ('user:admin',  'Administer your user account'),
    ('org:admin',   'Administer your organizations'),
    ('event:write', 'Add and update events'),
    ('openid',      'Sign you in with your Grantry identity'),
    ('profile',     'Read your name and username'),
    ('email',       'Read your email address');

-- OAuth clients. Secrets and registration access tokens are stored only as keyed hashes.
-- Ids come from a sequence, 50 at a time: EclipseLink takes each value as the last id of a block of 50.
CREATE SEQUENCE application_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE application (
    id                          BIGINT        PRIMARY KEY,
    client_id                   VARCHAR(64)   NOT NULL,
    secret_hash                 VARCHAR(128),
    name                        VARCHAR(200)  NOT NULL,
    website                     VARCHAR(2000),
    description                 VARCHAR(2000),
    owner_id                    BIGINT REFERENCES grantry_user (id),
    client_type                 VARCHAR(16)   NOT NULL,
    token_endpoint_auth_method  VARCHAR(32)   NOT NULL,
    status                      VARCHAR(16)   NOT NULL,
    registration_token_hash     VARCHAR(128),
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_application_client_id UNIQUE (client_id)
);
CREATE INDEX ix_application_owner ON application (owner_id);

CREATE TABLE application_redirect_uri (
    application_id BIGINT        NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    sort_order     INTEGER       NOT NULL,
    uri            VARCHAR(2000) NOT NULL,
    PRIMARY KEY (application_id, sort_order)
);

CREATE TABLE application_grant_type (
    application_id BIGINT      NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    grant_type     VARCHAR(32) NOT NULL,
    PRIMARY KEY (application_id, grant_type)
);

CREATE TABLE application_scope (
    application_id BIGINT      NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    scope          VARCHAR(64) NOT NULL,
    PRIMARY KEY (application_id, scope)
);
