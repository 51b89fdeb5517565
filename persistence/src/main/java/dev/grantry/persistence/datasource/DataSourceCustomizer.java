package dev.grantry.persistence.datasource;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Points EclipseLink at ops' datasource ({@link GrantryDataSource#JNDI_NAME}) when they defined one.
 * persistence.xml can name only one datasource, and names the application's own because it always exists; with
 * ops' one, the persistence unit uses theirs instead, for writes and reads alike (and detects its database platform
 * from it).
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
        GrantryDataSource.ofOps().ifPresent(dataSource -> {
            JNDIConnector connector = new JNDIConnector(dataSource);
            session.getLogin().setConnector(connector);
            if (session instanceof ServerSession server) {
                ((DatasourceLogin) server.getReadConnectionPool().getLogin())
                        .setConnector((JNDIConnector) connector.clone());
            }
        });
    }
}
