package dev.grantry.service.fakes;

import dev.grantry.service.secret.SecretHasher;

/** A visible, deterministic stand-in for the keyed hash. */
public class FakeHasher extends SecretHasher {

    @Override
    public String hash(String secret) {
        return "hashed:" + secret;
    }
}
