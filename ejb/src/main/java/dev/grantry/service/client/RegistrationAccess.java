package dev.grantry.service.client;

import dev.grantry.service.audit.Refusals;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.settings.GrantrySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who may use the registration APIs ({@code /oauth/register}, Gancio's {@code /api/client}), as
 * {@code GRANTRY_CLIENT_REGISTRATION} says: anyone, holders of the initial access token (RFC 7591
 * <a href="https://www.rfc-editor.org/rfc/rfc7591#section-3">§3</a>), or nobody; and with whose authority. A request
 * carrying the initial access token counts as an administrator's in every mode that lets requests through: that is
 * how ops scripts register service clients. A refusal is recorded in the audit trail.
 */
@ApplicationScoped
public class RegistrationAccess {

    @Inject
    GrantrySettings settings;

    @Inject
    Refusals refusals;

    /**
     * Lets the request through, saying with whose authority, or refuses it.
     *
     * @param bearerToken the token of the request's {@code Authorization: Bearer} header, {@code null} without one
     * @return {@link Registrant#ADMINISTRATOR} for the initial access token, else {@link Registrant#SELF_SERVICE}
     * @throws OAuthException {@code access_denied} (403) when registration is off, {@code invalid_token} (401)
     *         when the initial access token is required and missing or wrong
     */
    public Registrant check(String bearerToken) {
        switch (settings.clientRegistration()) {
            case OFF -> {
                refusals.bySettings(null, "Registration: grantry.client.registration is off");
                throw new OAuthException(
                        OAuthError.ACCESS_DENIED, "Registration through the API is switched off on this server.");
            }
            case INITIAL_TOKEN -> {
                if (!isInitialToken(bearerToken)) {
                    refusals.bySettings(
                            null, "Registration: grantry.client.registration needs the initial access token");
                    throw new OAuthException(
                            OAuthError.INVALID_TOKEN,
                            "Registration needs the initial access token (Authorization: Bearer).");
                }
                return Registrant.ADMINISTRATOR;
            }
            default -> {
                // Open: anyone registers; another bearer token (clients send all sorts) gives no authority.
                return isInitialToken(bearerToken) ? Registrant.ADMINISTRATOR : Registrant.SELF_SERVICE;
            }
        }
    }

    private boolean isInitialToken(String bearerToken) {
        Optional<String> expected = settings.clientRegistrationInitialToken();
        return bearerToken != null
                && expected.isPresent()
                && MessageDigest.isEqual(
                        expected.get().getBytes(StandardCharsets.UTF_8), bearerToken.getBytes(StandardCharsets.UTF_8));
    }
}
