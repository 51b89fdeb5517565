-- The scope a resource server's bearer token needs to introspect any client's tokens (RFC 7662 §2.1).
INSERT INTO scope (name, description) VALUES
    ('token:introspect', 'Check whether access tokens of any application are active (for resource servers)');
