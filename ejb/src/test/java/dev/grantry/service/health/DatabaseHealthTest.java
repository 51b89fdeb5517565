package dev.grantry.service.health;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import java.time.Clock;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DatabaseHealthTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static boolean answers(DataSource dataSource) {
        return new TestContainer(db, Clock.systemUTC(), TestSettings.settings())
                .with(DataSource.class, dataSource)
                .get(DatabaseHealth.class)
                .databaseAnswers();
    }

    @Test
    void whenTheDatabaseAnswersThenHealthy() {
        assertTrue(answers(db.dataSource()));
    }

    @Test
    void whenNoConnectionCanBeHadThenNotHealthy() {
        JdbcDataSource missing = new JdbcDataSource();
        missing.setURL("jdbc:h2:mem:no-such-database;IFEXISTS=TRUE");

        assertFalse(answers(missing));
    }
}
