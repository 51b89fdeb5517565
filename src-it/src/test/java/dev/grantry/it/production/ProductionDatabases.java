package dev.grantry.it.production;

/**
 * The databases of the production-shape tests: each test class gets one of the PostgreSQL databases that the
 * postgresql profile creates (src-it/pom.xml), at {@code it.postgresql.url}.
 */
final class ProductionDatabases {

    private ProductionDatabases() {}

    /** The JDBC URL of the profile's database {@code name}. */
    static String url(String name) {
        return System.getProperty("it.postgresql.url") + "/" + name;
    }
}
