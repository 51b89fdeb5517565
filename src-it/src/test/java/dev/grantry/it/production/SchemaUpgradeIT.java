package dev.grantry.it.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.SqlScript;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Upgrading from the previous release keeps every row: a database at the previous release's schema (migrations V1
 * to V9), with rows in every table, is migrated to the current schema by Flyway as Grantry does at start-up, on H2
 * and on PostgreSQL; the migrations already applied validate unchanged (their checksums), and each row reads back
 * with the values it had in every column it had.
 */
class SchemaUpgradeIT {

    /** The schema version of the previous release. */
    private static final String PREVIOUS_RELEASE = "9";

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:mem:upgrade;DB_CLOSE_DELAY=-1", "postgresql:grantry_upgrade"})
    void whenPreviousReleasesDatabaseIsMigratedThenEveryRowIsKept(String database) throws SQLException {
        String url = database.startsWith("postgresql:")
                ? System.getProperty("it.postgresql.url") + "/" + database.substring("postgresql:".length())
                : database;
        Flyway previousRelease = flyway(url, MigrationVersion.fromVersion(PREVIOUS_RELEASE));
        previousRelease.clean();
        previousRelease.migrate();
        Map<String, Set<Map<String, String>>> before;
        try (Connection connection = connect(url)) {
            SqlScript.run(connection, "upgrade/release-0.1-rows.sql");
            before = rowsOfEveryTable(connection);
        }
        assertTrue(before.values().stream().noneMatch(Set::isEmpty), () -> "every table holds rows: " + before);

        var result = flyway(url, MigrationVersion.LATEST).migrate();

        assertEquals(PREVIOUS_RELEASE, result.initialSchemaVersion);
        assertTrue(result.success);
        try (Connection connection = connect(url)) {
            Map<String, Set<Map<String, String>>> after = rowsOfEveryTable(connection);
            for (var table : before.entrySet()) {
                assertTrue(after.containsKey(table.getKey()), () -> "table " + table.getKey() + " is gone");
                // Every row kept with its values; a later migration may add rows of its own (V11 seeds audit:read).
                Set<Map<String, String>> kept = projected(after.get(table.getKey()), table.getValue());
                assertTrue(
                        kept.containsAll(table.getValue()),
                        () -> "rows of " + table.getKey() + ": before " + table.getValue() + ", after " + kept);
            }
        }
    }

    private static Flyway flyway(String url, MigrationVersion target) {
        return Flyway.configure()
                .dataSource(url, "grantry", "grantry")
                .locations("classpath:db/migration")
                .target(target)
                // The test's own database, emptied first so that the test can run again on it.
                .cleanDisabled(false)
                .load();
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "grantry", "grantry");
    }

    /** Every row of every table but Flyway's own, each as its columns' values in text (names in lower case). */
    private static Map<String, Set<Map<String, String>>> rowsOfEveryTable(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData metaData = connection.getMetaData();
        try (ResultSet found = metaData.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (found.next()) {
                String table = found.getString("TABLE_NAME");
                if (!table.equalsIgnoreCase("flyway_schema_history")) {
                    tables.add(table);
                }
            }
        }
        Map<String, Set<Map<String, String>>> rows = new TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                rows.put(table.toLowerCase(), rows(statement, table));
            }
        }
        return rows;
    }

    private static Set<Map<String, String>> rows(Statement statement, String table) throws SQLException {
        Set<Map<String, String>> rows = new HashSet<>();
        try (ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    row.put(columns.getColumnName(i).toLowerCase(), result.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** The rows of {@code after} reduced to the columns the rows of {@code before} had (a migration may add some). */
    private static Set<Map<String, String>> projected(Set<Map<String, String>> after, Set<Map<String, String>> before) {
        Set<String> columns = before.iterator().next().keySet();
        Set<Map<String, String>> projected = new HashSet<>();
        for (Map<String, String> row : after) {
            Map<String, String> kept = new LinkedHashMap<>(row);
            kept.keySet().retainAll(columns);
            projected.add(kept);
        }
        return projected;
    }
}
