package dev.grantry.web.oauth;

import dev.grantry.service.authorize.PendingRequest;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Authorization requests of a visitor who has not signed in yet, kept in their HTTP session (not in the database, so
 * that anonymous requests cannot fill it) until the consent page hands them to the service after sign-in. At most
 * {@link #MAX_PER_SESSION} per session, the oldest dropped first; the session's own timeout ends the rest.
 */
public final class WaitingRequests {

    static final int MAX_PER_SESSION = 10;
    private static final String ATTRIBUTE = WaitingRequests.class.getName();

    private WaitingRequests() {}

    /** Keeps {@code request} in {@code session} under its id. */
    public static void keep(HttpSession session, PendingRequest request) {
        Waiting waiting = waiting(session);
        synchronized (waiting) {
            waiting.put(request.id(), request);
        }
        // Set again after the change, so that a replicated session sees it.
        session.setAttribute(ATTRIBUTE, waiting);
    }

    /** Takes the request with this id out of {@code session}, if it is waiting there. */
    public static Optional<PendingRequest> take(HttpSession session, String id) {
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Waiting waiting)) {
            return Optional.empty();
        }
        PendingRequest request;
        synchronized (waiting) {
            request = waiting.remove(id);
        }
        session.setAttribute(ATTRIBUTE, waiting);
        return Optional.ofNullable(request);
    }

    private static Waiting waiting(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof Waiting waiting ? waiting : new Waiting();
    }

    /** The requests by id, oldest first, never more than {@link #MAX_PER_SESSION}. */
    private static final class Waiting extends LinkedHashMap<String, PendingRequest> {

        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PendingRequest> eldest) {
            return size() > MAX_PER_SESSION;
        }
    }
}
