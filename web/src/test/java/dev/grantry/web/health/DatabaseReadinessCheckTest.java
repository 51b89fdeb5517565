package dev.grantry.web.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.grantry.service.health.DatabaseHealth;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DatabaseReadinessCheckTest {

    private final DatabaseReadinessCheck check = new DatabaseReadinessCheck();

    {
        check.databaseHealth = mock(DatabaseHealth.class);
    }

    @BeforeAll
    static void buildResponsesPlainly() {
        PlainHealthResponses.install();
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
}
