package dev.grantry.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.grantry.service.user.SignedInSessions;
import dev.grantry.web.testing.MapSession;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SignedInSessionFilterTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-01T10:00:00Z");

    private final SignedInSessionFilter filter = new SignedInSessionFilter();
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final FilterChain chain = mock(FilterChain.class);
    private final MapSession session = new MapSession();
    private final Principal alice = () -> "alice";

    {
        filter.sessions = mock(SignedInSessions.class);
        filter.clock = Clock.fixed(SIGNED_IN, ZoneOffset.UTC);
        when(request.getSession(false)).thenReturn(session.session());
        when(request.getRequestURI()).thenReturn("/settings/applications.xhtml");
        when(request.getQueryString()).thenReturn("tab=1");
    }

    @Test
    void whenASessionSignsInThenItIsStampedWithTheUsersGenerationAndTheSignInTimeAndGoesOn() throws Exception {
        when(request.getUserPrincipal()).thenReturn(null, alice);
        when(filter.sessions.currentGeneration("alice")).thenReturn(OptionalInt.of(3));

        filter.doFilter(request, response, chain);

        verify(chain).doFilter(request, response);
        assertEquals(3, session.session().getAttribute(SignedInSessionFilter.GENERATION));
        assertEquals(SIGNED_IN, SignInTime.of(session.session()));
    }

    @Test
    void whenTheSessionsGenerationIsStillTheUsersThenTheRequestGoesOn() throws Exception {
        when(request.getUserPrincipal()).thenReturn(alice);
        session.session().setAttribute(SignedInSessionFilter.GENERATION, 3);
        when(filter.sessions.isValid("alice", 3)).thenReturn(true);

        filter.doFilter(request, response, chain);

        verify(chain).doFilter(request, response);
        assertFalse(session.invalidated());
    }

    @Test
    void whenTheUserWasDisabledMeanwhileThenTheSessionEndsAndTheRequestIsSentAgainSignedOut() throws Exception {
        when(request.getUserPrincipal()).thenReturn(alice);
        session.session().setAttribute(SignedInSessionFilter.GENERATION, 3);
        when(filter.sessions.isValid("alice", 3)).thenReturn(false);

        filter.doFilter(request, response, chain);

        verify(chain, never()).doFilter(request, response);
        verify(request).logout();
        assertTrue(session.invalidated());
        verify(response).setStatus(303);
        verify(response).setHeader("Location", "/settings/applications.xhtml?tab=1");
    }

    @Test
    void whenAnUnstampedSessionsUserIsDisabledThenItEnds() throws Exception {
        when(request.getUserPrincipal()).thenReturn(alice);
        when(filter.sessions.currentGeneration("alice")).thenReturn(OptionalInt.empty());

        filter.doFilter(request, response, chain);

        verify(chain, never()).doFilter(request, response);
        assertTrue(session.invalidated());
    }
}
