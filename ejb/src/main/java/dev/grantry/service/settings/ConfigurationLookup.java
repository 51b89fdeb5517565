package dev.grantry.service.settings;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Where settings are read from: MicroProfile Config where the server has it (Payara, WildFly's MicroProfile
 * configuration), else, on servers without it (GlassFish), the two sources MicroProfile Config reads by default and
 * in its order: a system property with the setting's name, then an environment variable named as MicroProfile Config
 * names it (the exact name, then non-alphanumerics as {@code _}, then that in upper case).
 */
final class ConfigurationLookup {

    private static final String MICROPROFILE_CONFIG = "org.eclipse.microprofile.config.ConfigProvider";

    private ConfigurationLookup() {}

    /** The server's MicroProfile Config if it has one, else its system properties and environment. */
    static Function<String, Optional<String>> ofServer() {
        if (microProfileConfigPresent()) {
            Optional<Function<String, Optional<String>>> config = MicroProfileConfigLookup.ofServer();
            if (config.isPresent()) {
                return config.get();
            }
        }
        return of(System.getProperties(), System.getenv());
    }

    /** The MicroProfile Config default sources' lookup over these system properties and environment variables. */
    static Function<String, Optional<String>> of(Properties systemProperties, Map<String, String> environment) {
        return key ->
                Optional.ofNullable(systemProperties.getProperty(key)).or(() -> fromEnvironment(key, environment));
    }

    private static Optional<String> fromEnvironment(String key, Map<String, String> environment) {
        String sanitized = key.replaceAll("[^A-Za-z0-9]", "_");
        return Optional.ofNullable(environment.get(key))
                .or(() -> Optional.ofNullable(environment.get(sanitized)))
                .or(() -> Optional.ofNullable(environment.get(sanitized.toUpperCase(Locale.ROOT))));
    }

    /** Checked by name, so that this class never links against an API the server may lack. */
    private static boolean microProfileConfigPresent() {
        try {
            Class.forName(MICROPROFILE_CONFIG, false, ConfigurationLookup.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
