-- Rows in every table of the previous release's schema (migrations V1 to V9), for SchemaUpgradeIT: the upgrade to
-- the current migrations must keep each of them. Portable SQL (H2 and PostgreSQL).
INSERT INTO grantry_user (id, username, display_name, email, password_hash, enabled, created_at, session_generation)
VALUES (1, 'upgraded-admin', 'Upgraded Admin', 'admin@example.org', 'pbkdf2$1024$c2FsdA$aGFzaA', TRUE,
        TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05+00', 3),
       (2, 'upgraded-user', NULL, NULL, 'pbkdf2$1024$c2FsdA$aGFzaA', FALSE,
        TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05+00', 0);
INSERT INTO grantry_user_role (user_id, role) VALUES (1, 'ADMIN'), (1, 'USER'), (2, 'USER');
INSERT INTO sign_in_throttle (username, failures, window_start, locked_until)
VALUES ('upgraded-user', 5, TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05+00', TIMESTAMP WITH TIME ZONE '2026-01-02 03:19:05+00');
INSERT INTO server_secret (name, secret, created_at)
VALUES ('pepper', 'a-generated-pepper-of-the-previous-release', TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05+00');
INSERT INTO scope (name, description, kind) VALUES ('upgraded:scope', 'A scope an administrator added', 'PRIVILEGED');
INSERT INTO application (id, client_id, secret_hash, name, website, description, owner_id, client_type,
                         token_endpoint_auth_method, status, registration_token_hash, created_at)
VALUES (10, 'upgraded-client', 'secret-hash', 'Upgraded Client', 'https://client.example', 'Kept', 2, 'CONFIDENTIAL',
        'CLIENT_SECRET_BASIC', 'ACTIVE', 'registration-hash', TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05+00');
INSERT INTO application_redirect_uri (application_id, sort_order, uri)
VALUES (10, 0, 'https://client.example/callback'), (10, 1, 'https://client.example/other');
INSERT INTO application_grant_type (application_id, grant_type) VALUES (10, 'authorization_code'), (10, 'refresh_token');
INSERT INTO application_scope (application_id, scope) VALUES (10, 'repo:read'), (10, 'upgraded:scope');
INSERT INTO pending_authorization (id, application_id, redirect_uri, effective_redirect_uri, scopes, state,
                                   code_challenge, code_challenge_method, user_id, created_at)
VALUES ('pending-1', 10, NULL, 'https://client.example/callback', 'repo:read', 'xyz', 'challenge', 'S256', 2,
        TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05+00');
INSERT INTO authorization_code (code_hash, application_id, user_id, redirect_uri, scopes, code_challenge,
                                code_challenge_method, created_at, expires_at, used_at)
VALUES ('code-hash-1', 10, 2, 'https://client.example/callback', 'repo:read', NULL, NULL,
        TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05+00', TIMESTAMP WITH TIME ZONE '2026-01-02 03:05:05+00', NULL);
INSERT INTO consent (id, user_id, application_id, scopes, granted_at)
VALUES (20, 2, 10, 'repo:read', TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05+00');
INSERT INTO authorization_grant (id, application_id, user_id, scope, origin_code_hash, created_at, revoked_at)
VALUES (30, 10, 2, 'repo:read', 'code-hash-1', TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05+00', NULL);
INSERT INTO issued_token (jti, kind, token_hash, grant_id, application_id, user_id, scope, issued_at, expires_at,
                          revoked_at, used_at)
VALUES ('jti-access-1', 'ACCESS', NULL, 30, 10, 2, 'repo:read', TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05+00',
        TIMESTAMP WITH TIME ZONE '2026-01-02 04:04:05+00', NULL, NULL),
       ('jti-refresh-1', 'REFRESH', 'refresh-hash-1', 30, 10, 2, 'repo:read',
        TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05+00', TIMESTAMP WITH TIME ZONE '2026-02-01 03:04:05+00', NULL, NULL);
INSERT INTO signing_key (kid, algorithm, public_jwk, encrypted_private_jwk, status, created_at)
VALUES ('kid-1', 'RS256', '{"kty":"RSA"}', 'encrypted', 'ACTIVE', TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05+00');
INSERT INTO rate_limit (bucket, hits, window_ends_at)
VALUES ('sign-in:127.0.0.1', 7, TIMESTAMP WITH TIME ZONE '2026-01-02 04:04:05+00');
