package dev.grantry.service.authorize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.service.error.OAuthError;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OpenIdParameterRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void whenEveryParameterIsSentThenEachIsKeptAndTheIgnoredOnesChangeNothing() {
        OpenIdParameters read = read(
                "nonce", " n-0S6 _WzA2Mj ",
                "prompt", "login consent",
                "max_age", "300",
                "login_hint", "alice",
                "ui_locales", "de fr",
                "id_token_hint", "eyJ...",
                "display", "popup");

        assertEquals(new OpenIdParameters(" n-0S6 _WzA2Mj ", false, true, true, 300L, "alice"), read);
    }

    @Test
    void whenNoneIsSentThenNothingIsAsked() {
        assertEquals(OpenIdParameters.NONE, read());
    }

    @Test
    void whenARequestObjectIsSentThenRequestNotSupported() {
        assertEquals(
                OAuthError.REQUEST_NOT_SUPPORTED,
                refused("request", "eyJhbGciOiJub25lIn0.e30.").error());
        assertEquals(
                OAuthError.REQUEST_URI_NOT_SUPPORTED,
                refused("request_uri", "https://rp.example/request.jwt").error());
    }

    @Test
    void whenPromptNoneIsCombinedOrAPromptIsUnknownThenInvalidRequest() {
        assertEquals(OAuthError.INVALID_REQUEST, refused("prompt", "none login").error());
        assertEquals(OAuthError.INVALID_REQUEST, refused("prompt", "whenever").error());
        assertTrue(read("prompt", "none").promptNone());
        assertTrue(read("prompt", "select_account").equals(OpenIdParameters.NONE));
    }

    @Test
    void whenMaxAgeIsNotANonNegativeNumberThenInvalidRequest() {
        assertEquals(OAuthError.INVALID_REQUEST, refused("max_age", "-1").error());
        assertEquals(OAuthError.INVALID_REQUEST, refused("max_age", "soon").error());
        assertEquals(0L, read("max_age", "0").maxAge());
    }

    @Test
    void whenTheApplicationHasADefaultMaxAgeThenItAppliesUnlessTheRequestSendsOne() {
        assertEquals(
                600L,
                OpenIdParameterRules.read(
                                AuthorizationRequestValidatorTest.query(), 600, OpenIdParameterRulesTest::refusal)
                        .maxAge());
        assertEquals(
                30L,
                OpenIdParameterRules.read(
                                AuthorizationRequestValidatorTest.query("max_age", "30"),
                                600,
                                OpenIdParameterRulesTest::refusal)
                        .maxAge());
    }

    @Test
    void whenTheNonceIsTooLongToKeepThenInvalidRequestAndALongLoginHintIsDropped() {
        assertEquals(
                OAuthError.INVALID_REQUEST, refused("nonce", "n".repeat(2001)).error());
        assertNull(read("login_hint", "a".repeat(321)).loginHint());
    }

    @Test
    void whenTheSignInIsOlderThanMaxAgeOrPromptIsLoginThenAFreshSignInIsNeeded() {
        OpenIdParameters fiveMinutes = read("max_age", "300");

        assertFalse(fiveMinutes.needsFreshSignIn(NOW.minusSeconds(300), NOW));
        assertTrue(fiveMinutes.needsFreshSignIn(NOW.minusSeconds(301), NOW));
        assertTrue(fiveMinutes.needsFreshSignIn(null, NOW), "an unknown sign-in time cannot satisfy max_age");
        assertTrue(read("prompt", "login").needsFreshSignIn(NOW, NOW));
        assertFalse(OpenIdParameters.NONE.needsFreshSignIn(null, NOW));
    }

    private static OpenIdParameters read(String... namesAndValues) {
        return OpenIdParameterRules.read(
                AuthorizationRequestValidatorTest.query(namesAndValues), null, OpenIdParameterRulesTest::refusal);
    }

    private static AuthorizationRequestException refused(String name, String value) {
        return assertThrows(AuthorizationRequestException.class, () -> read(name, value));
    }

    private static AuthorizationRequestException refusal(OAuthError error, String description) {
        return AuthorizationRequestException.redirect(error, description, "https://rp.example/cb", "s");
    }
}
