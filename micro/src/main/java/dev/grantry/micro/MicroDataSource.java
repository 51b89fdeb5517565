package dev.grantry.micro;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * Grantry's own datasource in the Payara Micro WAR (the EAR defines its own in {@code META-INF/application.xml}),
 * used when ops defined none at {@code jdbc/grantry}: the database of {@code GRANTRY_DB_URL}, an embedded H2 file
 * database in {@code ./data/} by default, so that Micro runs with zero configuration. Payara substitutes
 * {@code ${ENV=NAME:default}}; no other server does, which is why this lives in the Micro WAR only. The class only
 * carries the definition.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/grantry",
        className = "${ENV=GRANTRY_DB_DATASOURCE_CLASS:dev.grantry.micro.H2LocalDataSource}",
        url = "${ENV=GRANTRY_DB_URL:jdbc:h2:file:./data/grantry;LOCK_TIMEOUT=10000}",
        user = "${ENV=GRANTRY_DB_USER:grantry}",
        password = "${ENV=GRANTRY_DB_PASSWORD:grantry}",
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 32)
public final class MicroDataSource {

    private MicroDataSource() {}
}
