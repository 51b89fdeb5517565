-- The sample OpenID client (module sample-openid-client), registered as ops would before Grantry's start, since the
-- sample reads its client id and secret when it is deployed (OPENID_CLIENT_ID, OPENID_CLIENT_SECRET in the configured
-- execution of src-it/pom.xml): a confidential application that authenticates with client_secret_post, as Jakarta
-- Security's OpenID Connect mechanism does, with the sample's post-logout page registered for RP-initiated logout.
-- Maven fills in the port. Grantry keeps only a keyed hash of the secret (SecretHasher: "hs256:" and the unpadded
-- base64url HMAC-SHA-256 of the secret keyed by the pepper), so the pepper is seeded too: a test value, known here
-- only so that the hash below can be written down.
INSERT INTO server_secret (name, secret, created_at)
VALUES ('secret-hash-pepper', 'it-configured-secret-hash-pepper-0123456789abcdef', CURRENT_TIMESTAMP);

-- The hash of it-sample-openid-client-secret-0123456789abcdef under that pepper.
INSERT INTO application (id, client_id, secret_hash, name, client_type, token_endpoint_auth_method, status, created_at,
                         post_logout_redirect_uris)
VALUES (900003, 'sample-openid-client', 'hs256:E8N7uGU2NlEPc6rgKr5hNcZisp10g8OHHIchVX8numI', 'Sample OpenID Client',
        'CONFIDENTIAL', 'CLIENT_SECRET_POST', 'ACTIVE', CURRENT_TIMESTAMP,
        'http://127.0.0.1:${it.port}/sample-openid-client/signed-out');

INSERT INTO application_redirect_uri (application_id, sort_order, uri)
VALUES (900003, 0, 'http://127.0.0.1:${it.port}/sample-openid-client/Callback');

INSERT INTO application_grant_type (application_id, grant_type)
VALUES (900003, 'authorization_code');

INSERT INTO application_scope (application_id, scope)
VALUES (900003, 'openid'), (900003, 'profile');
