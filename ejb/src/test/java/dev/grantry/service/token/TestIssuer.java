package dev.grantry.service.token;

import dev.grantry.service.fakes.FakeHasher;
import dev.grantry.service.fakes.FakeTokenStore;
import dev.grantry.service.fakes.TestData;
import dev.grantry.service.key.SigningKeys;
import dev.grantry.service.key.TestKeys;
import java.time.Clock;
import java.util.Map;

/** A {@link TokenIssuer} over fakes, wired as CDI would, for unit tests of this and other packages. */
public final class TestIssuer {

    private TestIssuer() {
    }

    public static TokenIssuer issuer(FakeTokenStore store, SigningKeys keys, Map<String, String> settings,
            Clock clock) {
        TokenIssuer issuer = new TokenIssuer();
        issuer.grants = store;
        issuer.tokens = store;
        issuer.hasher = new FakeHasher();
        issuer.signer = TestKeys.signer(keys);
        issuer.settings = TestData.settings(settings);
        issuer.clock = clock;
        return issuer;
    }
}
