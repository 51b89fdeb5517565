package dev.grantry.web.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.grantry.service.health.DatabaseHealth;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DatabaseReadinessCheckTest {

    private final DatabaseReadinessCheck check = new DatabaseReadinessCheck();

    {
        check.databaseHealth = mock(DatabaseHealth.class);
    }

    /** The server's MicroProfile Health implementation builds the responses; this stands in for it. */
    @BeforeAll
    static void buildResponsesPlainly() {
        HealthCheckResponse.setResponseProvider(PlainBuilder::new);
    }

    @Test
    void whenTheDatabaseAnswersThenGrantryIsReady() {
        when(check.databaseHealth.databaseAnswers()).thenReturn(true);

        HealthCheckResponse response = check.call();

        assertEquals("database", response.getName());
        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
    }

    @Test
    void whenTheDatabaseDoesNotAnswerThenGrantryIsNotReady() {
        when(check.databaseHealth.databaseAnswers()).thenReturn(false);

        assertEquals(HealthCheckResponse.Status.DOWN, check.call().getStatus());
    }

    /** Keeps the name and the status; the check sends no data. */
    private static final class PlainBuilder extends HealthCheckResponseBuilder {

        private String name;
        private boolean up;

        @Override
        public HealthCheckResponseBuilder name(String name) {
            this.name = name;
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, String value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, long value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, boolean value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public HealthCheckResponseBuilder up() {
            return status(true);
        }

        @Override
        public HealthCheckResponseBuilder down() {
            return status(false);
        }

        @Override
        public HealthCheckResponseBuilder status(boolean up) {
            this.up = up;
            return this;
        }

        @Override
        public HealthCheckResponse build() {
            return new HealthCheckResponse(
                    name, up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN, Optional.empty());
        }
    }
}
