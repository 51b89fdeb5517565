package dev.grantry.service.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Makes the one {@link GrantrySettings} injectable, read once from MicroProfile Config where the server has it, else
 * from system properties and environment variables ({@link ConfigurationLookup}).
 */
@ApplicationScoped
public class SettingsProducer {

    @Produces
    @Singleton
    GrantrySettings settings() {
        return GrantrySettings.read(ConfigurationLookup.ofServer());
    }
}
