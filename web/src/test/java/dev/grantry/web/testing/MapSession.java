package dev.grantry.web.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.Map;

/** An HTTP session whose attributes live in a map and which remembers whether it was invalidated. */
public final class MapSession {

    private final Map<String, Object> attributes = new HashMap<>();
    private final HttpSession session = mock(HttpSession.class);
    private boolean invalidated;

    public MapSession() {
        when(session.getAttribute(anyString())).thenAnswer(call -> attributes.get(call.<String>getArgument(0)));
        doAnswer(call -> attributes.put(call.getArgument(0), call.getArgument(1)))
                .when(session)
                .setAttribute(anyString(), any());
        doAnswer(call -> {
                    invalidated = true;
                    attributes.clear();
                    return null;
                })
                .when(session)
                .invalidate();
    }

    public HttpSession session() {
        return session;
    }

    public boolean invalidated() {
        return invalidated;
    }
}
