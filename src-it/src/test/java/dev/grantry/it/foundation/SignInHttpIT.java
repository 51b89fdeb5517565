package dev.grantry.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

@GrantryIT
class SignInHttpIT {

    private final Server server;

    SignInHttpIT(Server server) {
        this.server = server;
    }

    @Test
    void whenRootRequestedWithoutSessionThenRedirectedToLoginPage() {
        HttpResponse<String> response = server.get("/");

        assertEquals(302, response.statusCode());
        assertTrue(
                response.headers().firstValue("Location").orElseThrow().endsWith("/login"),
                () -> "Location: " + response.headers().firstValue("Location"));
    }

    @Test
    void whenAdminPageRequestedWithoutSessionThenRedirectedToLoginPage() {
        HttpResponse<String> response = server.get("/admin/users");

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/login"));
    }

    @Test
    void whenLoginPageServedThenItHasLabelledFieldsAndSecurityHeaders() {
        HttpResponse<String> response = server.get("/login");

        assertEquals(200, response.statusCode());
        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertEquals(
                "nosniff",
                response.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(response.body().contains(">Username</label>"), response.body());
        assertTrue(response.body().contains(">Password</label>"));
        assertTrue(response.body().contains("value=\"Sign in\""));
    }

    @Test
    void whenDatabaseAnswersThenReadinessIsUp() {
        HttpResponse<String> response = server.get("/health/ready");

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"database\""), response.body());
        assertTrue(response.body().contains("UP"), response.body());
    }

    @Test
    void whenUnknownPageRequestedThenFriendlyNotFoundWithoutStackTrace() {
        HttpResponse<String> response = server.get("/no-such-page");

        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("There is no such page."), response.body());
        assertTrue(!response.body().contains("Exception"), response.body());
    }
}
