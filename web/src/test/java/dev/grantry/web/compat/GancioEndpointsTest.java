package dev.grantry.web.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
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
import dev.grantry.web.testing.Bodies;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class GancioEndpointsTest {

    private final GancioEndpoints endpoint = new GancioEndpoints();
    private final HttpServletRequest http = mock(HttpServletRequest.class);
    private final ArgumentCaptor<ApplicationRequest> asked = ArgumentCaptor.forClass(ApplicationRequest.class);

    {
        endpoint.applications = mock(ApplicationService.class);
        endpoint.access = mock(RegistrationAccess.class);
        endpoint.limit = mock(RegistrationLimit.class);
        when(http.getRemoteAddr()).thenReturn("192.0.2.1");
    }

    @Test
    void whenGancioCreatesAClientThenItGetsItsCredentialsInGanciosShape() {
        when(endpoint.access.check("initial")).thenReturn(Registrant.ADMINISTRATOR);
        created("https://events.example", List.of("https://events.example/cb", "https://events.example/cb2"));

        Response response = endpoint.createClient(
                "Bearer initial",
                "Events",
                "https://events.example/cb https://events.example/cb2",
                "event:write",
                "https://events.example",
                http);

        verify(endpoint.access).check("initial");
        verify(endpoint.applications).registerForGancio(any(), eq(Registrant.ADMINISTRATOR));
        assertEquals(200, response.getStatus());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
        assertEquals(
                Json.createObjectBuilder()
                        .add("name", "Events")
                        .add("scopes", "event:write")
                        .add("website", "https://events.example")
                        .add("client_secret", "s3cret")
                        .add("redirect_uris", "https://events.example/cb https://events.example/cb2")
                        .add("client_id", "g1")
                        .build(),
                Bodies.json(response));
    }

    @Test
    void whenTheFormIsFilledThenTheApplicationPostsItsSecretAndKeepsEveryRedirectUri() {
        created(null, List.of());

        endpoint.createClient(
                null,
                "Events",
                "  https://a.example/cb \n https://b.example/cb\t",
                "event:write",
                "https://events.example",
                http);

        verify(endpoint.applications).registerForGancio(asked.capture(), any());
        assertEquals(
                new ApplicationRequest(
                        "Events",
                        "https://events.example",
                        null,
                        List.of("https://a.example/cb", "https://b.example/cb"),
                        null,
                        "event:write",
                        "client_secret_post"),
                asked.getValue());
    }

    @Test
    void whenNoScopesAreAskedThenGanciosDefaultScopeIsAsked() {
        created(null, List.of());

        endpoint.createClient(null, "Events", "https://a.example/cb", null, null, http);
        endpoint.createClient(null, "Events", "https://a.example/cb", "  ", null, http);

        verify(endpoint.applications, times(2)).registerForGancio(asked.capture(), any());
        assertEquals(
                List.of("event:write", "event:write"),
                asked.getAllValues().stream().map(ApplicationRequest::scope).toList());
    }

    @Test
    void whenNoRedirectUriIsGivenThenNoneIsAskedForTheServiceToRefuse() {
        created(null, List.of());

        endpoint.createClient(null, "Events", "   ", null, null, http);

        verify(endpoint.applications).registerForGancio(asked.capture(), any());
        assertEquals(List.of(), asked.getValue().redirectUris());
    }

    @Test
    void whenTheApplicationHasNoWebsiteThenAnEmptyOneIsAnswered() {
        created(null, List.of("https://a.example/cb"));

        Response response = endpoint.createClient(null, "Events", "https://a.example/cb", null, null, http);

        assertEquals("", Bodies.json(response).getString("website"));
    }

    @Test
    void whenRegistrationIsNotAllowedThenNothingIsCreated() {
        doThrow(new OAuthException(OAuthError.INVALID_TOKEN, "No."))
                .when(endpoint.access)
                .check("wrong");

        OAuthException e = assertThrows(
                OAuthException.class,
                () -> endpoint.createClient("Bearer wrong", "Events", "https://a.example/cb", null, null, http));

        assertEquals(OAuthError.INVALID_TOKEN, e.error());
        verify(endpoint.applications, never()).registerForGancio(any(), any());
    }

    private void created(String website, List<String> redirectUris) {
        ApplicationView application = new ApplicationView(
                "g1",
                "Events",
                website,
                null,
                "confidential",
                "client_secret_post",
                "active",
                Instant.EPOCH,
                redirectUris,
                new TreeSet<>(Set.of("authorization_code", "refresh_token")),
                new TreeSet<>(Set.of("event:write")),
                List.of(),
                null);
        when(endpoint.applications.registerForGancio(any(), any()))
                .thenReturn(new IssuedCredentials(application, "s3cret", null));
    }
}
