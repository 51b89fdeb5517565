package dev.grantry.web.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.grantry.service.client.ApplicationRequest;
import dev.grantry.service.client.ApplicationService;
import dev.grantry.service.client.ApplicationView;
import dev.grantry.service.client.IssuedCredentials;
import dev.grantry.service.client.Registrant;
import dev.grantry.service.client.RegistrationAccess;
import dev.grantry.service.client.RegistrationLimit;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.settings.GrantrySettings;
import dev.grantry.web.testing.Bodies;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RegistrationEndpointTest {

    private static final String JSON = "application/json";
    private static final String CLIENT_URI = "https://grantry.example/oauth/register/c1";
    private static final ApplicationView APPLICATION = new ApplicationView(
            "c1",
            "Gallery",
            null,
            null,
            "confidential",
            "client_secret_basic",
            "active",
            Instant.ofEpochSecond(1_700_000_000L),
            List.of("https://gallery.example/cb"),
            new TreeSet<>(Set.of("authorization_code")),
            new TreeSet<>(Set.of("photos:read")),
            List.of(),
            null);

    private final RegistrationEndpoint endpoint = new RegistrationEndpoint();
    private final HttpServletRequest http = mock(HttpServletRequest.class);

    {
        endpoint.applications = mock(ApplicationService.class);
        endpoint.access = mock(RegistrationAccess.class);
        endpoint.limit = mock(RegistrationLimit.class);
        when(http.getRemoteAddr()).thenReturn("192.0.2.1");
        endpoint.settings = GrantrySettings.read(
                key -> key.equals("grantry.issuer") ? Optional.of("https://grantry.example/") : Optional.empty());
    }

    @Test
    void whenAClientRegistersThenItGets201WithItsCredentialsAndWhereToManageThem() {
        when(endpoint.access.check("initial")).thenReturn(Registrant.ADMINISTRATOR);
        when(endpoint.applications.register(
                        new ApplicationRequest(
                                "Gallery", null, null, List.of("https://gallery.example/cb"), null, null, null),
                        Registrant.ADMINISTRATOR))
                .thenReturn(new IssuedCredentials(APPLICATION, "s3cret", "rat"));

        Response response = endpoint.register(
                JSON,
                "Bearer initial",
                http,
                Bodies.of("{\"client_name\":\"Gallery\",\"redirect_uris\":[\"https://gallery.example/cb\"]}"));

        verify(endpoint.access).check("initial");
        assertEquals(201, response.getStatus());
        assertEquals(URI.create(CLIENT_URI), response.getLocation());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
        JsonObject json = Bodies.json(response);
        assertEquals("c1", json.getString("client_id"));
        assertEquals("s3cret", json.getString("client_secret"));
        assertEquals("rat", json.getString("registration_access_token"));
        assertEquals(CLIENT_URI, json.getString("registration_client_uri"));
    }

    @Test
    void whenRegistrationIsNotAllowedThenTheBodyIsNotEvenRead() {
        doThrow(new OAuthException(OAuthError.INVALID_TOKEN, "No."))
                .when(endpoint.access)
                .check(null);

        OAuthException e =
                assertThrows(OAuthException.class, () -> endpoint.register(JSON, null, http, Bodies.of("not json")));

        assertEquals(OAuthError.INVALID_TOKEN, e.error());
        verify(endpoint.applications, never()).register(any(), any());
    }

    @Test
    void whenTheMetadataIsNotJsonThenInvalidClientMetadata() {
        OAuthException e = assertThrows(
                OAuthException.class,
                () -> endpoint.register("application/x-www-form-urlencoded", null, http, Bodies.of("client_name=x")));

        assertEquals(OAuthError.INVALID_CLIENT_METADATA, e.error());
        verify(endpoint.applications, never()).register(any(), any());
    }

    @Test
    void whenARegistrationIsReadThenItsMetadataIsAnsweredWithoutASecret() {
        when(endpoint.applications.readRegistration("c1", "rat")).thenReturn(APPLICATION);

        Response response = endpoint.read("c1", "Bearer rat");

        assertEquals(200, response.getStatus());
        JsonObject json = Bodies.json(response);
        assertFalse(json.containsKey("client_secret"));
        assertEquals("rat", json.getString("registration_access_token"));
        assertEquals(CLIENT_URI, json.getString("registration_client_uri"));
    }

    @Test
    void whenARegistrationIsReplacedThenTheNewMetadataIsAnswered() {
        when(endpoint.applications.replaceRegistration(
                        "c1", "rat", new ApplicationRequest("Gallery 2", null, null, null, null, null, null)))
                .thenReturn(new IssuedCredentials(APPLICATION, null, "rat"));

        Response response = endpoint.replace(
                "c1", JSON, "Bearer rat", Bodies.of("{\"client_id\":\"c1\",\"client_name\":\"Gallery 2\"}"));

        verify(endpoint.applications).readRegistration("c1", "rat");
        assertEquals(200, response.getStatus());
        assertEquals("c1", Bodies.json(response).getString("client_id"));
    }

    @Test
    void whenTheReplacementNamesAnotherClientThenInvalidClientMetadataAndNothingChanges() {
        OAuthException e = assertThrows(
                OAuthException.class,
                () -> endpoint.replace(
                        "c1", JSON, "Bearer rat", Bodies.of("{\"client_id\":\"c2\",\"client_name\":\"Gallery 2\"}")));
        OAuthException missing = assertThrows(
                OAuthException.class,
                () -> endpoint.replace("c1", JSON, "Bearer rat", Bodies.of("{\"client_name\":\"Gallery 2\"}")));

        assertEquals(OAuthError.INVALID_CLIENT_METADATA, e.error());
        assertEquals(OAuthError.INVALID_CLIENT_METADATA, missing.error());
        verify(endpoint.applications, never()).replaceRegistration(any(), any(), any());
    }

    @Test
    void whenTheRegistrationTokenIsWrongThenTheReplacementIsRefusedBeforeTheBodyIsRead() {
        when(endpoint.applications.readRegistration("c1", "wrong"))
                .thenThrow(new OAuthException(OAuthError.INVALID_TOKEN, "No."));

        OAuthException e = assertThrows(
                OAuthException.class, () -> endpoint.replace("c1", "text/plain", "Bearer wrong", Bodies.of("x")));

        assertEquals(OAuthError.INVALID_TOKEN, e.error());
    }

    @Test
    void whenARegistrationIsDeletedThen204() {
        Response response = endpoint.delete("c1", "Bearer rat");

        verify(endpoint.applications).deleteRegistration("c1", "rat");
        assertEquals(204, response.getStatus());
    }
}
