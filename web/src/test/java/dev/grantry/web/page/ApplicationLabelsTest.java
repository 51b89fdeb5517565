package dev.grantry.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grantry.service.client.ApplicationView;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApplicationLabelsTest {

    private final ApplicationLabels labels = new ApplicationLabels();

    @Test
    void whenAnApplicationWaitsForApprovalThenItsStatusSaysSo() {
        assertEquals("waiting for approval", labels.status(application("pending", "alice")));
    }

    @Test
    void whenAnApplicationIsActiveOrDisabledThenItsStatusIsShownAsIs() {
        assertEquals("active", labels.status(application("active", "alice")));
        assertEquals("disabled", labels.status(application("disabled", "alice")));
    }

    @Test
    void whenAnApplicationWasRegisteredByApiThenNobodyOwnsIt() {
        assertEquals("nobody (registered by API)", labels.owner(application("active", null)));
        assertEquals("alice", labels.owner(application("active", "alice")));
    }

    private static ApplicationView application(String status, String owner) {
        return new ApplicationView(
                "c1",
                "App",
                null,
                owner,
                "confidential",
                "client_secret_basic",
                status,
                Instant.EPOCH,
                List.of(),
                Set.of(),
                Set.of(),
                List.of(),
                null);
    }
}
