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

    /** Ops' datasource, when they defined one (under either form of its name). */
    static Optional<DataSource> ofOps() {
        for (String name : List.of(JNDI_NAME, WILDFLY_JNDI_NAME)) {
            try {
                DataSource dataSource = (DataSource) new InitialContext().lookup(name);
                LOG.info(() -> "Database: ops' datasource at " + name);
                return Optional.of(dataSource);
            } catch (NamingException e) {
                // Not defined under this name: try the next.
            }
        }
        return Optional.empty();
    }

    /**
     * The datasource in use, looked up afresh: ops' one, else the application's own.
     *
     * @throws IllegalStateException when there is neither (not in a Jakarta EE server)
     */
    public static DataSource lookup() {
        return ofOps().orElseGet(GrantryDataSource::application);
    }

    private static DataSource application() {
        try {
            DataSource dataSource = (DataSource) new InitialContext().lookup(APPLICATION);
            LOG.info(() -> "Database: the application's datasource at " + APPLICATION);
            return dataSource;
        } catch (NamingException e) {
            throw new IllegalStateException("No datasource at " + JNDI_NAME + " nor at " + APPLICATION, e);
        }
    }
}
