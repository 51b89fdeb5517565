package dev.grantry.web.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.grantry.service.client.ClientCredentials;
import dev.grantry.service.token.Introspection;
import dev.grantry.service.token.IntrospectionService;
import dev.grantry.web.testing.Bodies;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IntrospectionEndpointTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final Instant ISSUED = Instant.ofEpochSecond(1_700_000_000L);

    private final IntrospectionEndpoint endpoint = new IntrospectionEndpoint();

    {
        endpoint.introspection = mock(IntrospectionService.class);
    }

    @Test
    void whenTheTokenIsActiveThenEveryClaimIsAnswered() {
        when(endpoint.introspection.introspect(any(), any(), eq("t")))
                .thenReturn(new Introspection(
                        true,
                        "photos:read",
                        "gallery",
                        "alice",
                        "alice",
                        "https://api.example",
                        "https://grantry.example",
                        ISSUED.plusSeconds(3600),
                        ISSUED,
                        "jti-1",
                        "Bearer"));

        Response response = endpoint.introspect(FORM, "Basic YTpi", Bodies.of("token=t"));

        assertEquals(200, response.getStatus());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
        assertEquals(
                Json.createObjectBuilder()
                        .add("active", true)
                        .add("scope", "photos:read")
                        .add("client_id", "gallery")
                        .add("sub", "alice")
                        .add("iss", "https://grantry.example")
                        .add("exp", 1_700_003_600L)
                        .add("iat", 1_700_000_000L)
                        .add("jti", "jti-1")
                        .add("token_type", "Bearer")
                        .add("username", "alice")
                        .add("aud", "https://api.example")
                        .build(),
                Bodies.json(response));
    }

    @Test
    void whenTheClientActsForItselfThenNeitherUsernameNorAudienceIsAnswered() {
        when(endpoint.introspection.introspect(any(), any(), any()))
                .thenReturn(new Introspection(
                        true,
                        "",
                        "svc",
                        null,
                        "svc",
                        null,
                        "https://grantry.example",
                        ISSUED,
                        ISSUED,
                        "jti-2",
                        "refresh_token"));

        JsonObject json = Bodies.json(endpoint.introspect(FORM, "Basic YTpi", Bodies.of("token=t")));

        assertEquals("svc", json.getString("sub"));
        assertEquals(false, json.containsKey("username"));
        assertEquals(false, json.containsKey("aud"));
    }

    @Test
    void whenTheTokenIsInactiveThenOnlyActiveFalseIsAnswered() {
        when(endpoint.introspection.introspect(any(), any(), any()))
                .thenReturn(new Introspection(false, "x", "c", "u", "u", "a", "i", ISSUED, ISSUED, "j", "Bearer"));

        Response response = endpoint.introspect(FORM, "Basic YTpi", Bodies.of("token=t"));

        assertEquals(Json.createObjectBuilder().add("active", false).build(), Bodies.json(response));
    }

    @Test
    void whenAResourceServerSendsABearerTokenThenItIsNotTakenForClientCredentials() {
        when(endpoint.introspection.introspect(any(), any(), any())).thenReturn(inactive());

        endpoint.introspect(FORM, "Bearer rs-token", Bodies.of("token=t"));

        verify(endpoint.introspection).introspect("rs-token", new ClientCredentials(null, null, null), "t");
    }

    @Test
    void whenAClientAuthenticatesThenItsHeaderOrPostedCredentialsAreUsed() {
        when(endpoint.introspection.introspect(any(), any(), any())).thenReturn(inactive());

        endpoint.introspect(FORM, "Basic YTpi", Bodies.of("token=t1"));
        endpoint.introspect(
                "application/json", null, Bodies.of("{\"token\":\"t2\",\"client_id\":\"c\",\"client_secret\":\"s\"}"));

        verify(endpoint.introspection).introspect(null, new ClientCredentials("Basic YTpi", null, null), "t1");
        verify(endpoint.introspection).introspect(null, new ClientCredentials(null, "c", "s"), "t2");
    }

    private static Introspection inactive() {
        return new Introspection(false, null, null, null, null, null, null, null, null, null, null);
    }
}
