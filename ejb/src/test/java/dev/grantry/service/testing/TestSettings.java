package dev.grantry.service.testing;

import dev.grantry.service.settings.GrantrySettings;
import java.util.Map;
import java.util.Optional;

/** Settings for unit tests: the documented defaults with the issuer set, and overrides by key. */
public final class TestSettings {

    public static final String ISSUER = "https://grantry.test";

    private TestSettings() {}

    public static GrantrySettings settings() {
        return settings(Map.of());
    }

    /** The defaults, the issuer {@value #ISSUER}, and {@code overrides} (by key, e.g. {@code grantry.pkce.allow-plain}). */
    public static GrantrySettings settings(Map<String, String> overrides) {
        return GrantrySettings.read(
                key -> key.equals("grantry.issuer") ? Optional.of(ISSUER) : Optional.ofNullable(overrides.get(key)));
    }
}
