package dev.grantry.web.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.grantry.service.health.DatabaseHealth;
import dev.grantry.service.setup.StartupProgress;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ReadinessEndpointTest {

    private final ReadinessEndpoint endpoint = new ReadinessEndpoint();

    {
        endpoint.progress = mock(StartupProgress.class);
        endpoint.databaseHealth = mock(DatabaseHealth.class);
    }

    private static JsonObject body(Response response) {
        return Json.createReader(new StringReader((String) response.getEntity()))
                .readObject();
    }

    private static String checkStatus(JsonObject body, int index, String name) {
        JsonObject check = body.getJsonArray("checks").getJsonObject(index);
        assertEquals(name, check.getString("name"));
        return check.getString("status");
    }

    @Test
    void whenStartedAndTheDatabaseAnswersThenReadyAsMicroProfileHealthSaysIt() {
        when(endpoint.progress.isFinished()).thenReturn(true);
        when(endpoint.databaseHealth.databaseAnswers()).thenReturn(true);

        Response response = endpoint.ready();

        assertEquals(200, response.getStatus());
        JsonObject body = body(response);
        assertEquals("UP", body.getString("status"));
        assertEquals("UP", checkStatus(body, 0, "grantry"));
        assertEquals("UP", checkStatus(body, 1, "database"));
    }

    @Test
    void whenTheDatabaseDoesNotAnswerThen503AndDown() {
        when(endpoint.progress.isFinished()).thenReturn(true);
        when(endpoint.databaseHealth.databaseAnswers()).thenReturn(false);

        Response response = endpoint.ready();

        assertEquals(503, response.getStatus());
        JsonObject body = body(response);
        assertEquals("DOWN", body.getString("status"));
        assertEquals("DOWN", checkStatus(body, 1, "database"));
    }

    @Test
    void whenTheStartUpHasNotFinishedThen503AndDown() {
        when(endpoint.databaseHealth.databaseAnswers()).thenReturn(true);

        Response response = endpoint.ready();

        assertEquals(503, response.getStatus());
        JsonObject body = body(response);
        assertEquals("DOWN", body.getString("status"));
        assertEquals("DOWN", checkStatus(body, 0, "grantry"));
    }
}
