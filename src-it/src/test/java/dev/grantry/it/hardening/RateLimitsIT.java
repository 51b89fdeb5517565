package dev.grantry.it.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.Browser;
import dev.grantry.it.support.CodeFlow;
import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import dev.grantry.it.support.Users;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Limits per client address, on a Grantry whose limits are low (the failsafe execution {@code limited}: 3 failed
 * sign-ins and 3 registrations per address); every request of the tests comes from 127.0.0.1.
 */
@GrantryIT
class RateLimitsIT {

    private static final String ADDRESS_LIMITED =
            "Too many failed sign-ins from your network address. Try again later.";

    private final Server server;

    RateLimitsIT(Server server) {
        this.server = server;
    }

    @Test
    void whenAnAddressRegistersPastItsLimitThen429WithRetryAfterAtBothRegistrationEndpoints() {
        for (int i = 1; i <= 3; i++) {
            HttpResponse<String> accepted = register("App " + i);
            assertEquals(201, accepted.statusCode(), accepted.body());
        }

        HttpResponse<String> refused = register("One too many");
        HttpResponse<String> gancio = server.postForm(
                "/api/client", Map.of("client_name", "Events", "redirect_uris", "https://events.example/cb"));

        for (HttpResponse<String> response : List.of(refused, gancio)) {
            assertEquals(429, response.statusCode(), response.body());
            long retryAfter =
                    Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter > 0 && retryAfter <= 3600, String.valueOf(retryAfter));
            JsonObject error = CodeFlow.json(response);
            assertEquals("temporarily_unavailable", error.getString("error"));
            assertTrue(error.getString("error_description").contains("Too many registrations"));
        }
    }

    @Test
    void whenAnAddressFailsToSignInPastItsLimitThenEvenTheRightPasswordIsRefusedWithAClearMessage(Browser browser) {
        for (String username : new String[] {"guess-1", "guess-2"}) {
            browser.open("/login").signIn(username, "wrong password");
            assertTrue(browser.text().contains("Wrong username or password."), browser::text);
        }
        browser.open("/login").signIn("guess-3", "wrong password");
        assertTrue(browser.text().contains(ADDRESS_LIMITED), "the third failure reaches the limit: " + browser.text());

        browser.open("/login").signIn("admin", Users.adminPassword());

        assertTrue(browser.text().contains(ADDRESS_LIMITED), browser::text);
        assertTrue(browser.path().startsWith("/login"), browser.path());
    }

    private HttpResponse<String> register(String name) {
        return server.send(server.request("/oauth/register")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"client_name\":\"" + name + "\",\"redirect_uris\":[\"https://app.example/cb\"]}"))
                .build());
    }
}
