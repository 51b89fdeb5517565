-- One row per table whose rows concurrent requests may create at once; a creator locks its row first (InsertLock),
-- so that no insert fails on the primary key and no transaction has to roll back.
CREATE TABLE insert_lock (
    name VARCHAR(64) PRIMARY KEY
);
INSERT INTO insert_lock (name) VALUES ('rate_limit'), ('sign_in_throttle');
