-- Raised whenever every session of a user must end (the user was disabled). A signed-in session remembers the value
-- it started with and is signed out on its next request once they differ: the check reads the database, so it holds
-- on every node.
ALTER TABLE grantry_user ADD COLUMN session_generation INTEGER DEFAULT 0 NOT NULL;
