package dev.grantry.service.setup;

import dev.grantry.persistence.datasource.GrantryDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/**
 * Makes Grantry's datasource injectable: the one ops defined, else the embedded one ({@link GrantryDataSource}), the
 * same that EclipseLink uses.
 */
@ApplicationScoped
public class DataSourceProducer {

    @Produces
    DataSource dataSource() {
        return GrantryDataSource.lookup();
    }
}
