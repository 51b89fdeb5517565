package dev.grantry.it.authorize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests whose client cannot be trusted get an error page, never a redirect (RFC 6749 §4.1.2.1). */
@GrantryIT
class AuthorizationEndpointIT {

    private final Server server;

    AuthorizationEndpointIT(Server server) {
        this.server = server;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/oauth/authorize", "/login/oauth/authorize", "/authorize"})
    void whenClientUnknownThenErrorPageWithoutRedirect(String endpoint) {
        HttpResponse<String> response = server.get(endpoint
                + "?response_type=code&client_id=no-such-client&redirect_uri=https%3A%2F%2Fevil.example%2Fcb"
                + "&state=s1");

        assertNeverRedirected(response, "There is no application with that client_id.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"?response_type=code", "?response_type=code&client_id=", "?client_id=a&client_id=b"})
    void whenClientIdMissingOrRepeatedThenErrorPageWithoutRedirect(String query) {
        HttpResponse<String> response = server.get("/oauth/authorize" + query);

        assertNeverRedirected(response, "The request must name exactly one client (client_id).");
    }

    static void assertNeverRedirected(HttpResponse<String> response, String message) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Location").isEmpty(), "no redirect");
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(response.body().contains(message), response.body());
        assertTrue(response.body().contains("grantry.css"), "the layout's look");
    }
}
