package dev.grantry.sample.openid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Signs the application's users in with Grantry, as an OpenID Connect relying party (Jakarta Security 3.0,
 * OpenID Connect Core 1.0 authorization code flow). The mechanism reads Grantry's discovery document at the
 * issuer's {@code /.well-known/openid-configuration}, sends the user to Grantry to sign in and consent, redeems the
 * code that Grantry sends to {@code /Callback} ({@link CallbackServlet}) with the client secret
 * ({@code client_secret_post}) and checks the ID token against Grantry's keys. Signing
 * out ({@code HttpServletRequest.logout()}) also signs the user out of Grantry: the mechanism sends the browser to
 * Grantry's {@code end_session_endpoint} with the ID token as {@code id_token_hint} and the page {@code /signed-out}
 * as {@code post_logout_redirect_uri} (OpenID Connect RP-Initiated Logout 1.0), which must be registered with the
 * application in Grantry.
 *
 * <p>The annotation's EL expressions name this bean ({@code grantry}), whose values come from MicroProfile Config:
 * {@code META-INF/microprofile-config.properties}, overridden by the environment variables {@code OPENID_PROVIDER_URI},
 * {@code OPENID_CLIENT_ID} and {@code OPENID_CLIENT_SECRET}.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${grantry.issuer}",
        clientId = "${grantry.clientId}",
        clientSecret = "${grantry.clientSecret}",
        redirectURI = "${baseURL}/Callback",
        scope = {"openid", "profile"},
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/signed-out"))
@ApplicationScoped
@Named("grantry")
public class SignInWithGrantry {

    private final Config config = ConfigProvider.getConfig();

    public String getIssuer() {
        return config.getValue("openid.provider.uri", String.class);
    }

    public String getClientId() {
        return config.getValue("openid.client.id", String.class);
    }

    public String getClientSecret() {
        return config.getValue("openid.client.secret", String.class);
    }
}
