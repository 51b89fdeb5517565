package dev.grantry.service.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenIdClientRulesTest {

    @Test
    void whenTheMetadataIsValidThenUrisAreTrimmedWithoutDuplicatesAndTheMaxAgeKept() {
        OpenIdClientMetadata checked = OpenIdClientRules.check(
                new OpenIdClientMetadata(
                        List.of(" https://rp.example/bye ", "https://rp.example/bye", "http://127.0.0.1:8000/out"),
                        "RS256",
                        3600),
                "RS256");

        assertEquals(
                new OpenIdClientMetadata(List.of("https://rp.example/bye", "http://127.0.0.1:8000/out"), null, 3600),
                checked);
    }

    @Test
    void whenTheAlgorithmIsNotTheKeysThenInvalidClientMetadata() {
        assertEquals(OAuthError.INVALID_CLIENT_METADATA, refused(new OpenIdClientMetadata(null, "none", null)));
        assertEquals(OAuthError.INVALID_CLIENT_METADATA, refused(new OpenIdClientMetadata(null, "ES256", null)));
    }

    @Test
    void whenTheMaxAgeIsNegativeOrEndlessThenInvalidClientMetadata() {
        assertEquals(OAuthError.INVALID_CLIENT_METADATA, refused(new OpenIdClientMetadata(null, null, -1)));
        assertEquals(
                OAuthError.INVALID_CLIENT_METADATA,
                refused(new OpenIdClientMetadata(null, null, OpenIdClientRules.MAX_DEFAULT_MAX_AGE + 1)));
    }

    @Test
    void whenAPostLogoutUriBreaksTheRedirectUriRulesOrThereAreTooManyThenInvalidRedirectUri() {
        assertEquals(
                OAuthError.INVALID_REDIRECT_URI,
                refused(new OpenIdClientMetadata(List.of("http://rp.example/bye"), null, null)));
        assertEquals(
                OAuthError.INVALID_REDIRECT_URI,
                refused(new OpenIdClientMetadata(List.of("https://rp.example/*"), null, null)));
        assertEquals(
                OAuthError.INVALID_REDIRECT_URI,
                refused(new OpenIdClientMetadata(
                        Collections.nCopies(OpenIdClientRules.MAX_POST_LOGOUT_REDIRECT_URIS + 1, "https://a.example/"),
                        null,
                        null)));
    }

    private static OAuthError refused(OpenIdClientMetadata metadata) {
        return assertThrows(OAuthException.class, () -> OpenIdClientRules.check(metadata, "RS256"))
                .error();
    }
}
