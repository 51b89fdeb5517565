-- Fixed-window counters of requests per client address (failed sign-ins, registrations through the APIs), in the
-- database so that every node counts alike; the purge deletes those whose window has ended.
CREATE TABLE rate_limit (
    bucket         VARCHAR(128) PRIMARY KEY,
    hits           INTEGER      NOT NULL,
    window_ends_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_rate_limit_window_ends ON rate_limit (window_ends_at);

-- The purge deletes sign-in throttles whose window and lockout have both passed.
CREATE INDEX ix_sign_in_throttle_window ON sign_in_throttle (window_start);
CREATE INDEX ix_authorization_grant_created ON authorization_grant (created_at);
