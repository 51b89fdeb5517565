package dev.grantry.it.authorize;

import static dev.grantry.it.authorize.AuthorizationEndpointIT.assertNeverRedirected;
import static dev.grantry.it.support.Clients.authorizePath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.Callback;
import dev.grantry.it.support.Clients;
import dev.grantry.it.support.Clients.Client;
import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Authorization requests of registered clients that are refused before anyone signs in: untrusted redirect URIs
 * get the error page (never a redirect), everything else the RFC 6749 §4.1.2.1 error at the redirect URI, with
 * {@code state} and {@code iss} (RFC 9207).
 */
@GrantryIT
class AuthorizationErrorsIT {

    private static final String CALLBACK = "https://errors.example/cb";

    private final Server server;
    private final Client client;
    private final Client publicClient;

    AuthorizationErrorsIT(Server server) {
        this.server = server;
        this.client = Clients.confidential(server, "Errors App", CALLBACK, "https://errors.example/other");
        this.publicClient = Clients.publicClient(server, "Errors Native", "http://127.0.0.1/cb");
    }

    @Test
    void whenRedirectUriUnregisteredThenErrorPageWithoutRedirect() {
        assertNeverRedirected(
                server.get(authorizePath(
                        "/oauth/authorize",
                        "response_type",
                        "code",
                        "client_id",
                        client.clientId(),
                        "redirect_uri",
                        "https://evil.example/cb",
                        "state",
                        "s")),
                "The redirect_uri is not registered for this application.");
        assertNeverRedirected(
                server.get(authorizePath(
                        "/oauth/authorize",
                        "response_type",
                        "code",
                        "client_id",
                        client.clientId(),
                        "redirect_uri",
                        CALLBACK + "/",
                        "state",
                        "s")),
                "The redirect_uri is not registered for this application.");
    }

    @Test
    void whenRedirectUriOmittedAndSeveralRegisteredThenErrorPageWithoutRedirect() {
        assertNeverRedirected(
                server.get(authorizePath(
                        "/login/oauth/authorize",
                        "response_type",
                        "code",
                        "client_id",
                        client.clientId(),
                        "state",
                        "s")),
                "The redirect_uri parameter is missing, and the application has more than one.");
    }

    @Test
    void whenRedirectUriRepeatedThenErrorPageWithoutRedirect() {
        assertNeverRedirected(
                server.get(authorizePath(
                        "/authorize",
                        "response_type",
                        "code",
                        "client_id",
                        client.clientId(),
                        "redirect_uri",
                        CALLBACK,
                        "redirect_uri",
                        CALLBACK)),
                "The redirect_uri parameter is repeated.");
    }

    @Test
    void whenResponseTypeUnsupportedThenRedirectedWithErrorStateAndIss() {
        Map<String, String> answer = redirectedTo(
                CALLBACK,
                authorizePath(
                        "/oauth/authorize",
                        "response_type",
                        "token",
                        "client_id",
                        client.clientId(),
                        "redirect_uri",
                        CALLBACK,
                        "state",
                        "st&te"));

        assertEquals("unsupported_response_type", answer.get("error"));
        assertEquals("st&te", answer.get("state"));
        assertEquals("http://127.0.0.1:" + System.getProperty("it.port"), answer.get("iss"));
        assertTrue(answer.containsKey("error_description"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"repo:read launch:missiles", "repo:admin"})
    void whenScopeUnknownOrNotRegisteredThenInvalidScope(String scope) {
        Map<String, String> answer = redirectedTo(
                CALLBACK,
                authorizePath(
                        "/oauth/authorize",
                        "response_type",
                        "code",
                        "client_id",
                        client.clientId(),
                        "redirect_uri",
                        CALLBACK,
                        "scope",
                        scope,
                        "state",
                        "s1"));

        assertEquals("invalid_scope", answer.get("error"));
        assertEquals("s1", answer.get("state"));
    }

    @Test
    void whenParameterRepeatedThenInvalidRequest() {
        Map<String, String> answer = redirectedTo(
                CALLBACK,
                authorizePath(
                        "/oauth/authorize",
                        "response_type",
                        "code",
                        "client_id",
                        client.clientId(),
                        "redirect_uri",
                        CALLBACK,
                        "scope",
                        "repo:read",
                        "scope",
                        "user:read",
                        "state",
                        "s2"));

        assertEquals("invalid_request", answer.get("error"));
        assertEquals("The scope parameter is repeated.", answer.get("error_description"));
    }

    @Test
    void whenPublicClientSendsNoChallengeThenInvalidRequest() {
        Map<String, String> answer = redirectedTo(
                "http://127.0.0.1/cb",
                authorizePath(
                        "/oauth/authorize",
                        "response_type",
                        "code",
                        "client_id",
                        publicClient.clientId(),
                        "scope",
                        "repo:read",
                        "state",
                        "s3"));

        assertEquals("invalid_request", answer.get("error"));
        assertTrue(answer.get("error_description").contains("PKCE"), answer.get("error_description"));
    }

    @Test
    void whenPlainChallengeThenRefusedSinceOnlyS256IsAllowed() {
        String verifier = Clients.verifier();
        Map<String, String> answer = redirectedTo(
                "http://127.0.0.1/cb",
                authorizePath(
                        "/oauth/authorize",
                        "response_type",
                        "code",
                        "client_id",
                        publicClient.clientId(),
                        "scope",
                        "repo:read",
                        "state",
                        "s4",
                        "code_challenge",
                        verifier,
                        "code_challenge_method",
                        "plain"));

        assertEquals("invalid_request", answer.get("error"));
        assertEquals("s4", answer.get("state"));
    }

    @Test
    void whenRequestValidThenSentToTheConsentPageWhichAsksToSignIn() {
        HttpResponse<String> response = server.get(authorizePath(
                "/oauth/authorize",
                "response_type",
                "code",
                "client_id",
                client.clientId(),
                "redirect_uri",
                CALLBACK,
                "scope",
                "repo:read",
                "state",
                "s5"));

        assertEquals(303, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(server.url("/consent?request=")), location);
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());

        HttpResponse<String> consent =
                server.get(location.substring(server.url("").length()));
        assertEquals(302, consent.statusCode());
        assertTrue(consent.headers().firstValue("Location").orElseThrow().endsWith("/login"));
    }

    private Map<String, String> redirectedTo(String redirectUri, String path) {
        HttpResponse<String> response = server.get(path);
        assertEquals(303, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(redirectUri + "?"), location);
        return Callback.parameters(location);
    }
}
