package dev.grantry.service.setup;

import dev.grantry.persistence.context.PersistenceContextProducer;
import dev.grantry.service.key.SigningKeys;
import dev.grantry.service.secret.ServerSecrets;
import dev.grantry.service.settings.GrantrySettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Migrates the schema of Grantry's datasource (ops' one, else the application's own, see
 * {@code dev.grantry.persistence.datasource.GrantryDataSource}) with Flyway before anything uses it, then creates the
 * first administrator and loads (on the first start: generates) the token signing key.
 * Bean-managed transactions: Flyway commits on its own connection, and each later step is a service call with a
 * transaction of its own.
 *
 * <p>It also declares the persistence context that every repository injects, for the whole application (see
 * {@link PersistenceContextProducer}): a component of this module is where every server processes the declaration.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@PersistenceContext(name = PersistenceContextProducer.JNDI_NAME, unitName = PersistenceContextProducer.UNIT)
public class GrantryStartup {

    private static final Logger LOG = Logger.getLogger(GrantryStartup.class.getName());

    @Inject
    DataSource dataSource;

    @Inject
    GrantrySettings settings;

    @Inject
    ServerSecrets serverSecrets;

    @Inject
    AdministratorBootstrap administratorBootstrap;

    @Inject
    SigningKeys signingKeys;

    @Inject
    StartupProgress progress;

    @PostConstruct
    void start() {
        var result = Flyway.configure(GrantryStartup.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        serverSecrets.pepper();
        serverSecrets.keptInDatabase().forEach(LOG::warning);
        administratorBootstrap.ensureAdministrator();
        signingKeys.active();
        progress.markFinished();
        LOG.info(() -> "Grantry is ready at " + settings.issuer() + "/");
    }
}
