package dev.grantry.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * A fresh database with Grantry's real migrations applied and the rows of a seed script added, made before Grantry
 * starts on it. For what only ops can set up before a start, such as an application whose client id is on a
 * whitelist. The database is an H2 file (system property {@code it.db.file}; Grantry's {@code GRANTRY_DB_URL} names
 * the same file), or the empty database at the JDBC URL {@code it.db.url} (the postgresql profile's).
 */
public final class SeededDatabase {

    private SeededDatabase() {}

    /** Migrates a new database and runs the SQL scripts {@code resources} of the classpath, in order. */
    public static void create(List<String> resources) {
        String url = System.getProperty("it.db.url");
        create(url == null ? "jdbc:h2:file:" + newH2File() : url, resources.toArray(String[]::new));
    }

    /** Migrates the empty database at {@code url} and runs the SQL scripts {@code resources} of the classpath. */
    public static void create(String url, String... resources) {
        // Grantry's default database credentials, which it then opens the database with.
        Flyway.configure()
                .dataSource(url, "grantry", "grantry")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url, "grantry", "grantry")) {
            for (String resource : resources) {
                SqlScript.run(connection, resource);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot seed " + url + " with " + String.join(", ", resources), e);
        }
    }

    /** The H2 file {@code it.db.file}, deleted if a previous run left it. */
    private static String newH2File() {
        String file = System.getProperty("it.db.file");
        try {
            Files.deleteIfExists(Path.of(file + ".mv.db"));
            Files.deleteIfExists(Path.of(file + ".trace.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
