-- OpenID Connect (Core 1.0): every user gets a subject identifier (sub) that never changes and is never reused, unlike
-- the username. New users get a random UUID (User's constructor). H2 and PostgreSQL share no UUID function, so users
-- that exist already get one made of their id, which the sequence never hands out again: just as stable and unique.
ALTER TABLE grantry_user ADD COLUMN subject VARCHAR(64);
UPDATE grantry_user SET subject = CONCAT('user-', CAST(id AS VARCHAR(20)));
ALTER TABLE grantry_user ALTER COLUMN subject SET NOT NULL;
ALTER TABLE grantry_user ADD CONSTRAINT uq_grantry_user_subject UNIQUE (subject);

-- The request's nonce, echoed in every ID token of the authorization, and when the user signed in (auth_time): kept
-- from the pending request through the code to the grant, whose refreshes issue new ID tokens; and whether the request
-- sent prompt=consent, which shows the consent page even when consent is remembered.
ALTER TABLE pending_authorization ADD COLUMN nonce VARCHAR(2000);
ALTER TABLE pending_authorization ADD COLUMN auth_time TIMESTAMP WITH TIME ZONE;
ALTER TABLE pending_authorization ADD COLUMN consent_prompted BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE authorization_code ADD COLUMN nonce VARCHAR(2000);
ALTER TABLE authorization_code ADD COLUMN auth_time TIMESTAMP WITH TIME ZONE;
ALTER TABLE authorization_grant ADD COLUMN nonce VARCHAR(2000);
ALTER TABLE authorization_grant ADD COLUMN auth_time TIMESTAMP WITH TIME ZONE;
