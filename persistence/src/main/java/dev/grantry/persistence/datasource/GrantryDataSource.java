package dev.grantry.persistence.datasource;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Grantry's one database: the datasource that ops define at {@value #JNDI_NAME} with their server's own tools
 * ({@code asadmin create-jdbc-resource jdbc/grantry}; WildFly: {@code data-source add --jndi-name=java:/jdbc/grantry}),
 * else the one the packaging defines itself at {@value #APPLICATION}, so that a trial deployment needs no setup: in the
 * EAR an embedded H2 file database ({@code META-INF/application.xml}), in the Payara Micro WAR the database of
 * {@code GRANTRY_DB_URL} (an embedded H2 file database by default). Flyway, the readiness check and EclipseLink
 * ({@link DataSourceCustomizer}) all use the one this finds.
 */
public final class GrantryDataSource {

    /** Where ops put Grantry's datasource: a server-wide name (Payara and GlassFish allow no ':' in it). */
    public static final String JNDI_NAME = "jdbc/grantry";

    /** The same name as WildFly binds it (its datasources' JNDI names start with java:/ or java:jboss/). */
    static final String WILDFLY_JNDI_NAME = "java:/" + JNDI_NAME;

    /** The datasource the application defines itself, which persistence.xml names. */
    public static final String APPLICATION = "java:app/jdbc/grantry";

    private static final Logger LOG = Logger.getLogger(GrantryDataSource.class.getName());

    private GrantryDataSource() {}

    /**
     * The datasource in use, looked up afresh: ops' one, else the application's own.
     *
     * @throws IllegalStateException when there is neither (not in a Jakarta EE server)
     */
    public static DataSource lookup() {
        return find().orElseThrow(
                        () -> new IllegalStateException("No datasource at " + JNDI_NAME + " nor at " + APPLICATION));
    }

    /** The datasource in use, when there is one: outside a server (unit tests) there is none. */
    static Optional<DataSource> find() {
        return ofOps().or(GrantryDataSource::ofApplication);
    }

    /** Ops' datasource, when they defined one (under either form of its name). */
    private static Optional<DataSource> ofOps() {
        for (String name : List.of(JNDI_NAME, WILDFLY_JNDI_NAME)) {
            Optional<DataSource> dataSource = at(name);
            if (dataSource.isPresent()) {
                LOG.info(() -> "Database: ops' datasource at " + name);
                return dataSource;
            }
        }
        return Optional.empty();
    }

    private static Optional<DataSource> ofApplication() {
        Optional<DataSource> dataSource = at(APPLICATION);
        dataSource.ifPresent(found -> LOG.info(() -> "Database: the application's datasource at " + APPLICATION));
        return dataSource;
    }

    private static Optional<DataSource> at(String name) {
        try {
            return Optional.of((DataSource) new InitialContext().lookup(name));
        } catch (NamingException e) {
            return Optional.empty();
        }
    }
}
