package dev.grantry.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A SQL script of the test classpath run over plain JDBC, so that one script serves H2 and PostgreSQL alike: each
 * statement ends with a semicolon at the end of a line; lines starting with {@code --} are comments.
 */
public final class SqlScript {

    private SqlScript() {}

    /** Runs every statement of {@code resource} on {@code connection}. */
    public static void run(Connection connection, String resource) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(resource)) {
                statement.execute(sql);
            }
        }
    }

    private static String[] statements(String resource) {
        try (InputStream in = SqlScript.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No SQL script " + resource + " on the classpath");
            }
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.trim().startsWith("--"))
                    .collect(Collectors.joining("\n"));
            return Arrays.stream(script.split(";\\s*(\n|$)"))
                    .map(String::trim)
                    .filter(sql -> !sql.isEmpty())
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
