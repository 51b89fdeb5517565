package dev.grantry.service.client;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.settings.GrantrySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may use the registration APIs ({@code /oauth/register}, Gancio's {@code /api/client}), as
 * {@code GRANTRY_CLIENT_REGISTRATION} says: anyone, holders of the initial access token (RFC 7591
 * <a href="https://www.rfc-editor.org/rfc/rfc7591#section-3">§3</a>), or nobody.
 */
@ApplicationScoped
public class RegistrationAccess {

    @Inject
    GrantrySettings settings;

    /**
     * Lets the request through or refuses it.
     *
     * @param bearerToken the token of the request's {@code Authorization: Bearer} header, {@code null} without one
     * @throws OAuthException {@code access_denied} (403) when registration is off, {@code invalid_token} (401)
     *         when the initial access token is required and missing or wrong
     */
    public void check(String bearerToken) {
        switch (settings.clientRegistration()) {
            case OPEN -> {
                // anyone may register
            }
            case OFF ->
                throw new OAuthException(
                        OAuthError.ACCESS_DENIED, "Registration through the API is switched off on this server.");
            case INITIAL_TOKEN -> {
                String expected = settings.clientRegistrationInitialToken().orElseThrow();
                if (bearerToken == null
                        || !MessageDigest.isEqual(
                                expected.getBytes(StandardCharsets.UTF_8),
                                bearerToken.getBytes(StandardCharsets.UTF_8))) {
                    throw new OAuthException(
                            OAuthError.INVALID_TOKEN,
                            "Registration needs the initial access token (Authorization: Bearer).");
                }
            }
        }
    }
}
