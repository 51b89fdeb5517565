package dev.grantry.service.settings;

import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Settings from the server's MicroProfile Config. Loaded only once {@link ConfigurationLookup} has seen the API on
 * the class path, since this class links against it.
 */
final class MicroProfileConfigLookup {

    private MicroProfileConfigLookup() {}

    /** The application's MicroProfile Config, or empty when the API is there but no implementation answers. */
    static Optional<Function<String, Optional<String>>> ofServer() {
        try {
            Config config = ConfigProvider.getConfig();
            return Optional.of(key -> config.getOptionalValue(key, String.class));
        } catch (IllegalStateException | java.util.ServiceConfigurationError e) {
            return Optional.empty();
        }
    }
}
