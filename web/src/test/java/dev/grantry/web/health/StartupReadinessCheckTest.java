package dev.grantry.web.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.grantry.service.setup.StartupProgress;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StartupReadinessCheckTest {

    private final StartupReadinessCheck check = new StartupReadinessCheck();

    {
        check.progress = mock(StartupProgress.class);
    }

    @BeforeAll
    static void buildResponsesPlainly() {
        PlainHealthResponses.install();
    }

    @Test
    void whenStartUpIsStillRunningThenTheGrantryCheckIsDown() {
        when(check.progress.isFinished()).thenReturn(false);

        HealthCheckResponse response = check.call();

        assertEquals("grantry", response.getName());
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
    }

    @Test
    void whenStartUpHasFinishedThenTheGrantryCheckIsUp() {
        when(check.progress.isFinished()).thenReturn(true);

        HealthCheckResponse response = check.call();

        assertEquals("grantry", response.getName());
        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
    }
}
