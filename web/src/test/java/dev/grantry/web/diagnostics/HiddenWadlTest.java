package dev.grantry.web.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.grantry.service.settings.GrantrySettings;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HiddenWadlTest {

    private final ContainerRequestContext request = mock(ContainerRequestContext.class);
    private final ContainerResponseContext response = mock(ContainerResponseContext.class);
    private final MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();

    {
        when(response.getHeaders()).thenReturn(headers);
        when(response.getMediaType()).thenReturn(HiddenWadl.WADL);
        headers.putSingle("Content-Type", HiddenWadl.WADL);
        when(response.getEntity()).thenReturn("<application/>");
    }

    @Test
    void whenTheWadlIsAskedForThenItIsNotFound() {
        when(request.getMethod()).thenReturn("GET");

        filter(Map.of()).filter(request, response);

        verify(response).setStatus(404);
        verify(response).setEntity(null);
        assertFalse(headers.containsKey("Content-Type"));
    }

    @Test
    void whenOptionsAreAskedForThenTheAnswerKeepsItsStatusWithoutTheWadl() {
        when(request.getMethod()).thenReturn("OPTIONS");

        filter(Map.of()).filter(request, response);

        verify(response, never()).setStatus(404);
        verify(response).setEntity(null);
    }

    @Test
    void whenDiagnosticsAreOnThenTheWadlIsServed() {
        when(request.getMethod()).thenReturn("GET");

        filter(Map.of("grantry.diagnostics.enabled", "true")).filter(request, response);

        verify(response, never()).setEntity(null);
        verify(response, never()).setStatus(404);
    }

    @Test
    void whenTheAnswerIsNoWadlThenItIsLeftAlone() {
        when(request.getMethod()).thenReturn("GET");
        when(response.getMediaType()).thenReturn(MediaType.APPLICATION_JSON_TYPE);

        filter(Map.of()).filter(request, response);

        verify(response, never()).setEntity(null);
        assertEquals(HiddenWadl.WADL, headers.getFirst("Content-Type"));
        assertNull(headers.getFirst("Allow"));
    }

    private static HiddenWadl filter(Map<String, String> settings) {
        HiddenWadl filter = new HiddenWadl();
        filter.settings = GrantrySettings.read(key -> Optional.ofNullable(settings.get(key)));
        return filter;
    }
}
