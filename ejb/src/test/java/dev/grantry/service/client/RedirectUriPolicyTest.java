package dev.grantry.service.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedirectUriPolicyTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://app.example/callback",
                "https://app.example:8443/cb?x=1",
                "http://127.0.0.1/callback",
                "http://127.0.0.1:51004/callback",
                "http://[::1]:8080/cb",
                "http://localhost:3000/cb",
                "com.example.app:/oauth2redirect",
                "com.example.app://callback"
            })
    void whenRedirectUriFollowsTheRulesThenAcceptedButNotWithAFragment(String uri) {
        RedirectUriPolicy.validate(uri);

        OAuthException e = assertThrows(OAuthException.class, () -> RedirectUriPolicy.validate(uri + "#f"));
        assertEquals(OAuthError.INVALID_REDIRECT_URI, e.error());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/relative/callback",
                "app.example/callback",
                "https://app.example/cb#fragment",
                "http://app.example/callback",
                "http://192.168.1.10/callback",
                "https://*.example.com/callback",
                "https://app.example/*",
                "javascript:alert(1)",
                "data:text/html,hi",
                "file:///etc/passwd",
                "myapp:/callback",
                "https:///no-host",
                "https://user:pw@app.example/cb",
                "https://app.example/a b",
                "",
                "   "
            })
    void whenRedirectUriBreaksARuleThenInvalidRedirectUri(String uri) {
        OAuthException e = assertThrows(OAuthException.class, () -> RedirectUriPolicy.validate(uri));
        assertEquals(OAuthError.INVALID_REDIRECT_URI, e.error());
        assertFalse(e.description().isBlank());
    }

    @Test
    void whenRedirectUriTooLongThenInvalidRedirectUri() {
        String uri = "https://app.example/" + "a".repeat(RedirectUriPolicy.MAX_LENGTH);
        OAuthException e = assertThrows(OAuthException.class, () -> RedirectUriPolicy.validate(uri));
        assertEquals(OAuthError.INVALID_REDIRECT_URI, e.error());
    }

    @Test
    void whenRequestedExactlyAsRegisteredThenMatches() {
        assertTrue(RedirectUriPolicy.matches(List.of("https://app.example/cb"), "https://app.example/cb"));
    }

    @Test
    void whenRequestedDiffersInAnyWayThenNoMatch() {
        List<String> registered = List.of("https://app.example/cb");
        assertFalse(RedirectUriPolicy.matches(registered, "https://app.example/cb/"));
        assertFalse(RedirectUriPolicy.matches(registered, "https://app.example/cb?x=1"));
        assertFalse(RedirectUriPolicy.matches(registered, "https://APP.example/cb"));
        assertFalse(RedirectUriPolicy.matches(registered, "https://app.example:444/cb"));
        assertFalse(RedirectUriPolicy.matches(registered, "https://app.example.evil/cb"));
        assertFalse(RedirectUriPolicy.matches(registered, null));
    }

    @Test
    void whenLoopbackRedirectNamesAnotherPortThenMatches() {
        List<String> registered = List.of("http://127.0.0.1/callback", "http://[::1]:8080/cb");
        assertTrue(RedirectUriPolicy.matches(registered, "http://127.0.0.1:51004/callback"));
        assertTrue(RedirectUriPolicy.matches(registered, "http://[::1]:9999/cb"));
    }

    @Test
    void whenLoopbackRedirectDiffersBesidesThePortThenNoMatch() {
        List<String> registered = List.of("http://127.0.0.1/callback");
        assertFalse(RedirectUriPolicy.matches(registered, "http://127.0.0.1:51004/other"));
        assertFalse(RedirectUriPolicy.matches(registered, "http://127.0.0.1:51004/callback?x=1"));
        assertFalse(RedirectUriPolicy.matches(registered, "http://[::1]:51004/callback"));
        assertFalse(RedirectUriPolicy.matches(registered, "https://127.0.0.1:51004/callback"));
    }

    @Test
    void whenHttpsRedirectNamesAnotherPortThenNoMatch() {
        assertFalse(RedirectUriPolicy.matches(List.of("https://app.example/cb"), "https://app.example:8443/cb"));
    }
}
