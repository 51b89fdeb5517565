package dev.grantry.persistence.datasource;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Points EclipseLink at Grantry's one datasource ({@link GrantryDataSource#lookup()}, in a server): ops' one at
 * {@link GrantryDataSource#JNDI_NAME} when they defined one, else the application's own, for writes and reads alike
 * (and detects its database platform from it), sequence values included. persistence.xml can name only one datasource, and names the
 * application's own because it always exists; and what a server hands EclipseLink for that name is not always the
 * object the application looks up: GlassFish hands it the application-scoped resource of the EAR's
 * {@code META-INF/glassfish-resources.xml}, a second pool (which its JPA deployer needs) that could open the same H2
 * file a second time. So EclipseLink, Flyway and the readiness check all use the datasource looked up here.
 *
 * <p>It implements {@code org.eclipse.persistence.config.SessionCustomizer}, deprecated for removal in later EclipseLink 4.0 releases in
 * favour of {@code org.eclipse.persistence.sessions.SessionCustomizer}, because Payara Server 6 ships EclipseLink
 * 4.0.1, which has only the old one (a deployment failed with {@code NoClassDefFoundError}); the old one extends the
 * new one, so newer EclipseLinks (Payara Micro, GlassFish, the copy in the EAR for WildFly) take it as well. Switch
 * to the new one once Payara Server ships an EclipseLink that has it.
 */
@SuppressWarnings("removal")
public class DataSourceCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        GrantryDataSource.find().ifPresent(dataSource -> {
            JNDIConnector connector = new JNDIConnector(dataSource);
            session.getLogin().setConnector(connector);
            if (session instanceof ServerSession server) {
                ((DatasourceLogin) server.getReadConnectionPool().getLogin())
                        .setConnector((JNDIConnector) connector.clone());
                // Sequence values on the writing connection too: given a non-JTA datasource, EclipseLink would take
                // them on a connection of that one, which is the server's for the name in persistence.xml.
                server.getSequencingControl().setShouldUseSeparateConnection(false);
            }
        });
    }
}
