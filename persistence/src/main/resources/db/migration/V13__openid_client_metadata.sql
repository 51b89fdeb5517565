-- OpenID Connect metadata of an application: the addresses RP-initiated logout may redirect to (space separated; a
-- URI has no spaces), and the max_age of authentication requests that send none.
ALTER TABLE application ADD COLUMN post_logout_redirect_uris VARCHAR(10000);
ALTER TABLE application ADD COLUMN default_max_age INTEGER;
