-- Each scope is delegable (a user may grant it at consent) or privileged (only an administrator gives it to an
-- application). Resource servers' power to introspect any token is privileged from the start.
ALTER TABLE scope ADD COLUMN kind VARCHAR(16) DEFAULT 'DELEGABLE' NOT NULL;

UPDATE scope SET kind = 'PRIVILEGED' WHERE name = 'token:introspect';
