-- Applications that ops registered before Grantry's start, for DirectApprovalIT: quay-tool is on the
-- GRANTRY_DIRECT_OAUTH_CLIENTID_WHITELIST of the configured execution, other-tool is not. Both are active public
-- applications, with ids far above those EclipseLink allocates from the sequence.
INSERT INTO application (id, client_id, name, client_type, token_endpoint_auth_method, status, created_at)
VALUES (900001, 'quay-tool', 'quay-tool', 'PUBLIC', 'NONE', 'ACTIVE', CURRENT_TIMESTAMP),
       (900002, 'other-tool', 'other-tool', 'PUBLIC', 'NONE', 'ACTIVE', CURRENT_TIMESTAMP);

INSERT INTO application_redirect_uri (application_id, sort_order, uri)
VALUES (900001, 0, 'https://tool.example/token_created'),
       (900002, 0, 'https://tool.example/token_created');

INSERT INTO application_scope (application_id, scope)
VALUES (900001, 'repo:read'), (900001, 'user:read'), (900001, 'org:admin'), (900002, 'repo:read');
