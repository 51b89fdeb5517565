package dev.grantry.web.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.web.testing.Bodies;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class OAuthErrorMapperTest {

    private final OAuthErrorMapper mapper = new OAuthErrorMapper();

    @ParameterizedTest
    @EnumSource(OAuthError.class)
    void whenAnyErrorIsWrittenThenItsStatusAndCodeAreAnsweredAsUncachedJson(OAuthError error) {
        Response response = mapper.toResponse(new OAuthException(error, "Something is wrong."));

        assertEquals(error.httpStatus(), response.getStatus());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
        assertEquals("no-store", response.getHeaderString(HttpHeaders.CACHE_CONTROL));
        assertEquals("no-cache", response.getHeaderString("Pragma"));
        assertEquals(
                Json.createObjectBuilder()
                        .add("error", error.code())
                        .add("error_description", "Something is wrong.")
                        .build(),
                Bodies.json(response));
    }

    @Test
    void whenTheErrorHasNoDescriptionThenOnlyTheCodeIsWritten() {
        Response response = mapper.toResponse(new OAuthException(OAuthError.INVALID_GRANT, null));

        assertEquals(Json.createObjectBuilder().add("error", "invalid_grant").build(), Bodies.json(response));
    }

    @Test
    void whenTheDescriptionHasQuotesAndMarkupThenTheJsonStaysValid() {
        String description = "The redirect_uri \"https://a.example/cb?x=<y>\" \\ is not registered.";

        JsonObject json = Bodies.json(mapper.toResponse(new OAuthException(OAuthError.INVALID_GRANT, description)));

        assertEquals(description, json.getString("error_description"));
    }

    /** A client that failed HTTP Basic (RFC 6749 §5.2), a user whose Basic credentials are wrong (Quay). */
    static Stream<Arguments> basicFailures() {
        return Stream.of(
                Arguments.of(OAuthException.invalidBasicClient("Wrong client secret."), "invalid_client"),
                Arguments.of(OAuthException.ownerUnauthenticated("Wrong username or password."), "access_denied"));
    }

    @ParameterizedTest
    @MethodSource("basicFailures")
    void whenHttpBasicCredentialsAreWrongThenBasicIsChallenged(OAuthException failure, String error) {
        Response response = mapper.toResponse(failure);

        assertEquals(401, response.getStatus());
        assertEquals(error, Bodies.json(response).getString("error"));
        assertEquals("Basic realm=\"grantry\"", response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
    }

    @Test
    void whenAClientFailedWithoutHttpBasicThenNothingIsChallenged() {
        Response response = mapper.toResponse(new OAuthException(OAuthError.INVALID_CLIENT, "Unknown client."));

        assertEquals(401, response.getStatus());
        assertNull(response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
    }

    /** RFC 6750 §3.1: an invalid token is 401, a token without the scope 403; both name the error. */
    @ParameterizedTest
    @CsvSource({"INVALID_TOKEN, 401, invalid_token", "INSUFFICIENT_SCOPE, 403, insufficient_scope"})
    void whenABearerTokenIsRefusedThenBearerIsChallengedWithTheError(OAuthError error, int status, String code) {
        Response response = mapper.toResponse(new OAuthException(error, "Expired, or without user:read."));

        assertEquals(status, response.getStatus());
        assertEquals(
                "Bearer realm=\"grantry\", error=\"" + code + "\"",
                response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
    }

    @ParameterizedTest
    @EnumSource(
            value = OAuthError.class,
            names = {"INVALID_TOKEN", "INSUFFICIENT_SCOPE", "INVALID_CLIENT"},
            mode = EnumSource.Mode.EXCLUDE)
    void whenTheErrorIsNotAboutCredentialsThenNothingIsChallenged(OAuthError error) {
        Response response = mapper.toResponse(new OAuthException(error, "No."));

        assertFalse(response.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE), error.name());
    }

    @Test
    void whenRateLimitedThen429WithRetryAfterInWholeSeconds() {
        Response response = mapper.toResponse(OAuthException.rateLimited("Too many.", Duration.ofMillis(90_500)));

        assertEquals(429, response.getStatus());
        assertEquals("90", response.getHeaderString(HttpHeaders.RETRY_AFTER));
        assertEquals("temporarily_unavailable", Bodies.json(response).getString("error"));
    }

    @Test
    void whenNotRateLimitedThenNoRetryAfter() {
        assertNull(mapper.toResponse(new OAuthException(OAuthError.INVALID_REQUEST, "No."))
                .getHeaderString(HttpHeaders.RETRY_AFTER));
    }
}
