package dev.grantry.service.client;

import dev.grantry.persistence.client.ApplicationRepository;
import dev.grantry.service.fakes.FakeHasher;

/** A {@link ClientAuthenticator} over fakes, wired as CDI would, for unit tests of this and other packages. */
public final class TestAuthenticator {

    private TestAuthenticator() {
    }

    /** Checks secrets hashed by {@link FakeHasher}. */
    public static ClientAuthenticator over(ApplicationRepository applications) {
        ClientAuthenticator authenticator = new ClientAuthenticator();
        authenticator.applications = applications;
        authenticator.hasher = new FakeHasher();
        return authenticator;
    }
}
