package dev.grantry.service.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.key.SigningKey;
import dev.grantry.persistence.key.SigningKeyStatus;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.persistence.user.Role;
import dev.grantry.persistence.user.User;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import dev.grantry.service.user.PasswordHasher;
import dev.grantry.service.user.TestPasswords;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A start on a database the migrations are already at: nothing to migrate, and what the first start creates. */
class GrantryStartupTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    /** Starts one node: its beans over the shared database. */
    static void start() {
        new TestContainer(db, Clock.systemUTC(), TestSettings.settings(Map.of("grantry.admin.password", "long enough")))
                .with(PasswordHasher.class, TestPasswords.fastHasher())
                .with(DataSource.class, db.dataSource())
                .get(GrantryStartup.class);
    }

    @Test
    void whenStartedThenTheAdministratorTheHashPepperAndAnActiveSigningKeyExist() {
        start();

        List<User> users = db.all(User.class);
        assertEquals(1, users.size());
        assertTrue(users.get(0).hasRole(Role.ADMIN));
        assertEquals(
                List.of("secret-hash-pepper", "signing-key-encryption"),
                db.column("SELECT name FROM server_secret ORDER BY name"));
        assertEquals(
                List.of(SigningKeyStatus.ACTIVE),
                db.all(SigningKey.class).stream().map(SigningKey::getStatus).toList());
    }

    @Test
    void whenStartedAgainThenNothingIsCreatedTwice() {
        start();

        start();

        assertEquals(1, db.all(User.class).size());
        assertEquals(1, db.all(SigningKey.class).size());
        assertEquals(2, db.column("SELECT name FROM server_secret").size());
        assertEquals(
                List.of("1", "2", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "16", "17", "18", "19"),
                db.column("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL "
                        + "ORDER BY \"installed_rank\""));
    }

    @Test
    void whenTheSecretsAreKeptInTheDatabaseThenEveryStartLogsAWarningForEach() {
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger logger = Logger.getLogger(GrantryStartup.class.getName());
        logger.addHandler(capture);
        try {
            start();
            start();
        } finally {
            logger.removeHandler(capture);
        }

        List<String> warnings = records.stream()
                .filter(record -> record.getLevel() == Level.WARNING)
                .map(LogRecord::getMessage)
                .toList();
        assertEquals(4, warnings.size(), warnings.toString());
        assertTrue(warnings.stream().allMatch(message -> message.contains("kept in the database")));
    }
}
