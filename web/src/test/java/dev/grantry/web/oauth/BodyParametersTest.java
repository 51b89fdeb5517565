package dev.grantry.web.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodyParametersTest {

    @Test
    void whenFormHasEncodedValuesThenTheyAreDecoded() {
        assertEquals(
                Map.of("scope", "read write", "state", "a&b=c", "redirect_uri", "http://x/?q=1"),
                BodyParameters.form("scope=read+write&state=a%26b%3Dc&redirect_uri=http%3A%2F%2Fx%2F%3Fq%3D1"));
    }

    @Test
    void whenFormValueContainsAnEqualsSignThenOnlyTheFirstSeparatesTheName() {
        assertEquals(Map.of("code", "abc=="), BodyParameters.form("code=abc=="));
    }

    @Test
    void whenFormHasEmptyPairsOrNamesWithoutValueThenTheyAreEmptyOrSkipped() {
        assertEquals(Map.of("a", "1", "flag", "", "b", ""), BodyParameters.form("&a=1&&flag&b=&"));
    }

    @Test
    void whenFormIsEmptyThenThereAreNoParameters() {
        assertEquals(Map.of(), BodyParameters.form(""));
    }

    @Test
    void whenFormRepeatsAParameterThenInvalidRequestNamingIt() {
        OAuthException e = assertThrows(
                OAuthException.class, () -> BodyParameters.form("grant_type=client_credentials&scope=a&scope=b"));

        assertEquals(OAuthError.INVALID_REQUEST, e.error());
        assertEquals("The parameter scope is repeated.", e.description());
    }

    @Test
    void whenFormRepeatsAParameterUnderAnotherEncodingThenInvalidRequest() {
        OAuthException e = assertThrows(OAuthException.class, () -> BodyParameters.form("code=a&%63ode=b"));

        assertEquals(OAuthError.INVALID_REQUEST, e.error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"code=%", "code=%zz", "code=abc%4", "%G1=x"})
    void whenFormIsNotUrlEncodedThenInvalidRequest(String form) {
        OAuthException e = assertThrows(OAuthException.class, () -> BodyParameters.form(form));

        assertEquals(OAuthError.INVALID_REQUEST, e.error());
        assertEquals("The form body is not URL-encoded.", e.description());
    }

    @Test
    void whenJsonIsAFlatObjectThenEveryScalarBecomesText() {
        assertEquals(
                Map.of("client_id", "c", "expires", "3600", "ratio", "1.50", "yes", "true", "no", "false", "none", ""),
                BodyParameters.json("{\"client_id\":\"c\",\"expires\":3600,\"ratio\":1.50,\"yes\":true,"
                        + "\"no\":false,\"none\":null}"));
    }

    @Test
    void whenJsonIsAnEmptyObjectThenThereAreNoParameters() {
        assertEquals(Map.of(), BodyParameters.json(" { } "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":{\"b\":\"c\"}}", "{\"scope\":[\"a\",\"b\"]}"})
    void whenJsonIsNotFlatThenInvalidRequest(String json) {
        OAuthException e = assertThrows(OAuthException.class, () -> BodyParameters.json(json));

        assertEquals(OAuthError.INVALID_REQUEST, e.error());
        assertEquals("The JSON body must be a flat object of strings.", e.description());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[\"a\"]", "\"text\"", "42"})
    void whenJsonIsNotAnObjectThenInvalidRequest(String json) {
        OAuthException e = assertThrows(OAuthException.class, () -> BodyParameters.json(json));

        assertEquals(OAuthError.INVALID_REQUEST, e.error());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "{",
                "{\"a\":",
                "{\"a\":\"b\"",
                "{\"a\" \"b\"}",
                "{a:1}",
                "grant_type=x",
                "{\"a\":\"b\"} {\"c\":\"d\"}",
                "{\"a\":\"b\"}]"
            })
    void whenJsonIsMalformedThenInvalidRequest(String json) {
        OAuthException e = assertThrows(OAuthException.class, () -> BodyParameters.json(json));

        assertEquals(OAuthError.INVALID_REQUEST, e.error());
    }

    @Test
    void whenJsonRepeatsAMemberThenInvalidRequestNamingIt() {
        OAuthException e =
                assertThrows(OAuthException.class, () -> BodyParameters.json("{\"token\":\"a\",\"token\":\"b\"}"));

        assertEquals(OAuthError.INVALID_REQUEST, e.error());
        assertEquals("The parameter token is repeated.", e.description());
    }
}
