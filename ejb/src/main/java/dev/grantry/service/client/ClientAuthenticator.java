package dev.grantry.service.client;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ApplicationRepository;
import dev.grantry.persistence.client.ApplicationStatus;
import dev.grantry.persistence.client.ClientType;
import dev.grantry.service.audit.Refusals;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.secret.SecretHasher;
import dev.grantry.service.user.BasicCredentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Authenticates the client of a token request (RFC 6749
 * <a href="https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1">§2.3.1</a>): {@code client_secret_basic} (the
 * Basic credentials are URL-encoded client id and secret) or {@code client_secret_post}, never both at once; or, for
 * a public client, {@code none}: its {@code client_id} alone (the authorization code grant then insists on PKCE).
 * A confidential client may use either secret method. Unknown client or wrong secret: {@code invalid_client}
 * (401, challenging Basic when Basic was tried); an application that is not active: {@code unauthorized_client}
 * (recorded in the audit trail when it is pending approval).
 */
@ApplicationScoped
public class ClientAuthenticator {

    @Inject
    ApplicationRepository applications;

    @Inject
    SecretHasher hasher;

    @Inject
    Refusals refusals;

    /** @return the authenticated, active client */
    public Application authenticate(ClientCredentials credentials) {
        Optional<String> postedSecret = Optional.ofNullable(credentials.clientSecret());
        Optional<String> postedId = Optional.ofNullable(credentials.clientId());
        String authorization = credentials.authorizationHeader();
        Application client;
        if (authorization != null) {
            if (postedSecret.isPresent()) {
                throw new OAuthException(
                        OAuthError.INVALID_REQUEST,
                        "Use one client authentication method: HTTP Basic or client_secret, not both.");
            }
            client = basic(authorization, postedId);
        } else if (postedId.isEmpty()) {
            throw new OAuthException(OAuthError.INVALID_CLIENT, "Client authentication is missing.");
        } else if (postedSecret.isPresent()) {
            client = confidential(postedId.get(), postedSecret.get(), false);
        } else {
            client = publicClient(postedId.get());
        }
        if (client.getStatus() == ApplicationStatus.PENDING) {
            refusals.applicationPending(client, "Client authentication");
        }
        if (client.getStatus() != ApplicationStatus.ACTIVE) {
            throw new OAuthException(OAuthError.UNAUTHORIZED_CLIENT, "The application is not active.");
        }
        return client;
    }

    private Application basic(String authorization, Optional<String> postedId) {
        BasicCredentials credentials = BasicCredentials.parse(authorization)
                .orElseThrow(() -> OAuthException.invalidBasicClient(
                        "Only well-formed HTTP Basic client authentication is supported."));
        String clientId = formDecode(credentials.userId());
        String secret = formDecode(credentials.password());
        if (postedId.isPresent() && !postedId.get().equals(clientId)) {
            throw new OAuthException(
                    OAuthError.INVALID_REQUEST, "The client_id parameter does not match the Basic credentials.");
        }
        return confidential(clientId, secret, true);
    }

    private Application confidential(String clientId, String secret, boolean basic) {
        Optional<Application> found = applications.findByClientId(clientId);
        boolean matches =
                hasher.matches(secret, found.map(Application::getSecretHash).orElse(null));
        if (found.isEmpty() || !matches || found.get().getClientType() != ClientType.CONFIDENTIAL) {
            throw failed(basic, "Client authentication failed.");
        }
        return found.get();
    }

    private Application publicClient(String clientId) {
        Application client =
                applications.findByClientId(clientId).orElseThrow(() -> failed(false, "Client authentication failed."));
        if (client.getClientType() != ClientType.PUBLIC) {
            throw failed(false, "This client must authenticate with its secret.");
        }
        return client;
    }

    private static OAuthException failed(boolean basic, String description) {
        return basic
                ? OAuthException.invalidBasicClient(description)
                : new OAuthException(OAuthError.INVALID_CLIENT, description);
    }

    private static String formDecode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidBasicClient("The Basic credentials are not URL-encoded.");
        }
    }
}
