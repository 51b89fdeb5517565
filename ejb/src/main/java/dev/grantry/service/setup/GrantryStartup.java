package dev.grantry.service.setup;

import dev.grantry.service.key.SigningKeys;
import dev.grantry.service.secret.ServerSecrets;
import dev.grantry.service.settings.GrantrySettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Defines Grantry's datasource, so no server setup is needed (Payara substitutes {@code ${ENV=NAME:default}}),
 * migrates the schema with Flyway before anything uses it, then creates the first administrator and loads (on the
 * first start: generates) the token signing key.
 * Bean-managed transactions: Flyway commits on its own connection, and each later step is a service call with a
 * transaction of its own.
 */
@DataSourceDefinition(
        name = GrantryStartup.DATASOURCE,
        className = "${ENV=GRANTRY_DB_DATASOURCE_CLASS:org.h2.jdbcx.JdbcDataSource}",
        url = "${ENV=GRANTRY_DB_URL:jdbc:h2:file:./data/grantry;LOCK_TIMEOUT=10000}",
        user = "${ENV=GRANTRY_DB_USER:grantry}",
        password = "${ENV=GRANTRY_DB_PASSWORD:grantry}",
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 32)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class GrantryStartup {

    public static final String DATASOURCE = "java:app/jdbc/grantry";
    private static final Logger LOG = Logger.getLogger(GrantryStartup.class.getName());

    @Resource(lookup = DATASOURCE)
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
