package dev.grantry.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * A fresh H2 file database with Grantry's real migrations applied and the rows of a seed script added, made before
 * Grantry starts on it (system property {@code it.db.file}; Grantry's {@code GRANTRY_DB_URL} names the same file).
 * For what only ops can set up before a start, such as an application whose client id is on a whitelist.
 */
public final class SeededDatabase {

    private SeededDatabase() {}

    /** Deletes the database file, migrates a new one and runs the SQL script {@code resource} of the classpath. */
    public static void create(String resource) {
        String file = System.getProperty("it.db.file");
        String url = "jdbc:h2:file:" + file;
        try {
            Files.deleteIfExists(Path.of(file + ".mv.db"));
            Files.deleteIfExists(Path.of(file + ".trace.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Grantry's default database credentials, which it then opens the file with.
        Flyway.configure()
                .dataSource(url, "grantry", "grantry")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url, "grantry", "grantry");
                Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM 'classpath:/" + resource + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot seed " + url + " with " + resource, e);
        }
    }
}
