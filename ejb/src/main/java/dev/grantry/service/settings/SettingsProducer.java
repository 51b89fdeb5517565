package dev.grantry.service.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/** Makes the one {@link GrantrySettings} injectable, read from MicroProfile Config once. */
@ApplicationScoped
public class SettingsProducer {

    @Inject
    Config config;

    @Produces
    @Singleton
    GrantrySettings settings() {
        return GrantrySettings.read(key -> config.getOptionalValue(key, String.class));
    }
}
