package dev.grantry.web.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.grantry.web.testing.Bodies;
import jakarta.json.Json;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnexpectedErrorMapperTest {

    private final UnexpectedErrorMapper mapper = new UnexpectedErrorMapper();
    private final Logger log = Logger.getLogger(UnexpectedErrorMapper.class.getName());
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void recordTheLog() {
        log.addHandler(recorder);
        log.setUseParentHandlers(false);
    }

    @AfterEach
    void restoreTheLog() {
        log.removeHandler(recorder);
        log.setUseParentHandlers(true);
    }

    @Test
    void whenAnEndpointFailsUnexpectedlyThenServerErrorJsonWithoutDetails() {
        IllegalStateException bug = new IllegalStateException("jdbc:h2:mem:grantry password=hunter2");

        Response response = mapper.toResponse(bug);

        assertEquals(500, response.getStatus());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
        assertEquals("no-store", response.getHeaderString(HttpHeaders.CACHE_CONTROL));
        assertEquals(
                Json.createObjectBuilder()
                        .add("error", "server_error")
                        .add("error_description", "The server failed; try again later.")
                        .build(),
                Bodies.json(response));
        String body = (String) response.getEntity();
        assertFalse(
                body.contains("hunter2") || body.contains("IllegalStateException") || body.contains("at dev."), body);
    }

    @Test
    void whenAnEndpointFailsUnexpectedlyThenTheFailureIsLoggedWithItsStackTrace() {
        NullPointerException bug = new NullPointerException("no clock");

        mapper.toResponse(bug);

        assertEquals(1, logged.size());
        assertEquals(Level.SEVERE, logged.get(0).getLevel());
        assertSame(bug, logged.get(0).getThrown());
    }

    @Test
    void whenJaxRsAnswersItselfThenItsAnswerStandsAndNothingIsLogged() {
        WebApplicationException badRequest = new BadRequestException();
        WebApplicationException challenge = new NotAuthorizedException("Bearer realm=\"grantry\"");

        assertSame(badRequest.getResponse(), mapper.toResponse(badRequest));
        Response unauthorized = mapper.toResponse(challenge);
        assertEquals(401, unauthorized.getStatus());
        assertEquals("Bearer realm=\"grantry\"", unauthorized.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
        assertEquals(List.of(), logged);
    }
}
