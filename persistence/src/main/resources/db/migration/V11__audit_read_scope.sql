-- The scope of a SIEM tool's token that reads the whole audit trail (GET /api/v1/audit): privileged, so that only an
-- administrator gives it to an application, which then uses it with client_credentials for itself.
INSERT INTO scope (name, description, kind) VALUES
    ('audit:read', 'Read the audit trail of every user and application (for audit and SIEM tools)', 'PRIVILEGED');
