package dev.grantry.service.client;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ApplicationRepository;
import dev.grantry.persistence.client.ApplicationStatus;
import dev.grantry.persistence.client.ClientType;
import dev.grantry.persistence.client.TokenEndpointAuthMethod;
import dev.grantry.persistence.scope.Scope;
import dev.grantry.persistence.scope.ScopeRepository;
import dev.grantry.persistence.user.User;
import dev.grantry.persistence.user.UserRepository;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.secret.RandomSecrets;
import dev.grantry.service.secret.SecretHasher;
import dev.grantry.service.settings.ClientApproval;
import dev.grantry.service.settings.GrantrySettings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one path by which applications (OAuth clients) are created, changed, approved and deleted: by the settings
 * page, the RFC 7591/7592 registration API and the Gancio-compatible API alike. Secrets and registration access
 * tokens are returned in clear once and stored only as {@link SecretHasher} hashes. Every failure rolls back, so an
 * application is never half created.
 */
@Stateless
public class ApplicationService {

    static final int CLIENT_ID_BITS = 192;
    static final int SECRET_BITS = 256;

    @Inject
    ApplicationRepository applications;

    @Inject
    ScopeRepository scopes;

    @Inject
    UserRepository users;

    @Inject
    SecretHasher hasher;

    @Inject
    GrantrySettings settings;

    @Inject
    Clock clock;

    /**
     * Registers a client (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-2">§2</a>): an
     * application owned by {@code ownerUsername}, or by nobody when it is {@code null} (Gancio's
     * {@code /api/client}). It is pending when {@code GRANTRY_CLIENT_REGISTRATION_APPROVAL} is {@code admin}.
     *
     * @return the application with its client secret (confidential clients), to be shown once
     * @throws OAuthException {@code invalid_client_metadata} or {@code invalid_redirect_uri}; nothing is stored
     */
    public IssuedCredentials create(ApplicationRequest request, String ownerUsername) {
        User owner = ownerUsername == null ? null
                : users.findByUsername(ownerUsername).orElseThrow(ApplicationAccessDeniedException::new);
        return createApplication(request, owner, false);
    }

    /**
     * RFC 7591 <a href="https://www.rfc-editor.org/rfc/rfc7591#section-3.2.1">§3.2.1</a> dynamic registration: an
     * application without owner, with a registration access token for RFC 7592 management.
     *
     * @return the application with its client secret (confidential clients) and registration access token
     * @throws OAuthException {@code invalid_client_metadata} or {@code invalid_redirect_uri}; nothing is stored
     */
    public IssuedCredentials register(ApplicationRequest request) {
        return createApplication(request, null, true);
    }

    private IssuedCredentials createApplication(ApplicationRequest request, User owner, boolean registrationToken) {
        ApplicationMetadata valid = MetadataRules.check(request, knownScopes());
        ApplicationStatus status = settings.clientRegistrationApproval() == ClientApproval.ADMIN
                ? ApplicationStatus.PENDING : ApplicationStatus.ACTIVE;
        Application application = new Application(RandomSecrets.generate(CLIENT_ID_BITS), valid.name(), owner,
                clientType(valid.authMethod()), valid.authMethod(), status, clock.instant());
        application.setRedirectUris(valid.redirectUris());
        apply(application, valid);
        String secret = application.getClientType() == ClientType.CONFIDENTIAL ? newSecret(application) : null;
        String token = null;
        if (registrationToken) {
            token = RandomSecrets.generate(SECRET_BITS);
            application.setRegistrationTokenHash(hasher.hash(token));
        }
        return new IssuedCredentials(applications.add(application), secret, token);
    }

    /** The scopes an application may be allowed, for the settings page. */
    public List<Scope> availableScopes() {
        return scopes.findAll();
    }

    public List<Application> listOwnedBy(String username) {
        return applications.findByOwner(username);
    }

    /** Every application, for administrators. */
    public List<Application> listAll() {
        return applications.findAll();
    }

    /**
     * The application {@code clientId} if {@code username} owns it.
     *
     * @throws ApplicationAccessDeniedException when it does not exist or belongs to someone else
     */
    public Application findOwned(String clientId, String username) {
        return applications.findByClientId(clientId == null ? "" : clientId)
                .filter(application -> application.isOwnedBy(username))
                .orElseThrow(ApplicationAccessDeniedException::new);
    }

    /**
     * Replaces the metadata (RFC 7591 <a href="https://www.rfc-editor.org/rfc/rfc7591#section-2">§2</a>) of
     * {@code username}'s application. Turning a public client confidential issues a
     * secret; turning a confidential one public drops its secret.
     *
     * @return the application, with a new client secret only if one was issued
     * @throws ApplicationAccessDeniedException when it is not the user's
     * @throws OAuthException when the new metadata is invalid; nothing is changed
     */
    public IssuedCredentials update(String clientId, String username, ApplicationRequest request) {
        return replace(findOwned(clientId, username), request, null);
    }

    /**
     * Issues a new client secret (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1">
     * §2.3.1</a> client password); the old one stops working at once.
     *
     * @return the new secret, to be shown once
     * @throws ApplicationAccessDeniedException when it is not the user's
     * @throws OAuthException {@code invalid_client_metadata} for a public client, which has no secret
     */
    public String regenerateSecret(String clientId, String username) {
        Application application = findOwned(clientId, username);
        if (application.getClientType() != ClientType.CONFIDENTIAL) {
            throw new OAuthException(OAuthError.INVALID_CLIENT_METADATA, "A public client has no secret.");
        }
        return newSecret(application);
    }

    /**
     * Deletes {@code username}'s application, and with it everything issued to it.
     *
     * @throws ApplicationAccessDeniedException when it is not the user's
     */
    public void delete(String clientId, String username) {
        applications.remove(findOwned(clientId, username));
    }

    /**
     * RFC 7592 <a href="https://www.rfc-editor.org/rfc/rfc7592#section-2.1">§2.1</a>: the registered application
     * for its registration access token.
     *
     * @throws OAuthException {@code invalid_token} when the token is missing or wrong
     */
    public Application readRegistration(String clientId, String registrationAccessToken) {
        return registered(clientId, registrationAccessToken);
    }

    /**
     * RFC 7592 <a href="https://www.rfc-editor.org/rfc/rfc7592#section-2.2">§2.2</a>: replaces every metadata
     * field of a registered application.
     *
     * @throws OAuthException {@code invalid_token}, {@code invalid_client_metadata} or {@code invalid_redirect_uri}
     */
    public IssuedCredentials replaceRegistration(String clientId, String registrationAccessToken,
            ApplicationRequest request) {
        return replace(registered(clientId, registrationAccessToken), request, registrationAccessToken);
    }

    /**
     * RFC 7592 <a href="https://www.rfc-editor.org/rfc/rfc7592#section-2.3">§2.3</a>: deletes a registered
     * application.
     *
     * @throws OAuthException {@code invalid_token} when the token is missing or wrong
     */
    public void deleteRegistration(String clientId, String registrationAccessToken) {
        applications.remove(registered(clientId, registrationAccessToken));
    }

    /** An administrator lets a pending (or disabled) application get tokens. */
    public Application approve(String clientId) {
        return setStatus(clientId, ApplicationStatus.ACTIVE);
    }

    /** An administrator refuses a pending application: it stays, disabled, so that its owner sees the answer. */
    public Application reject(String clientId) {
        return setStatus(clientId, ApplicationStatus.DISABLED);
    }

    /** An administrator stops an application from getting tokens. */
    public Application disable(String clientId) {
        return setStatus(clientId, ApplicationStatus.DISABLED);
    }

    private Application setStatus(String clientId, ApplicationStatus status) {
        Application application = applications.findByClientId(clientId == null ? "" : clientId)
                .orElseThrow(ApplicationAccessDeniedException::new);
        application.setStatus(status);
        return application;
    }

    private Application registered(String clientId, String token) {
        return applications.findByClientId(clientId == null ? "" : clientId)
                .filter(application -> hasher.matches(token, application.getRegistrationTokenHash()))
                .orElseThrow(() -> new OAuthException(OAuthError.INVALID_TOKEN,
                        "The registration access token is missing or wrong."));
    }

    private IssuedCredentials replace(Application application, ApplicationRequest request, String token) {
        ApplicationMetadata valid = MetadataRules.check(request, knownScopes());
        ClientType newType = clientType(valid.authMethod());
        String secret = null;
        if (newType == ClientType.PUBLIC) {
            application.setSecretHash(null);
        } else if (application.getClientType() == ClientType.PUBLIC) {
            secret = newSecret(application);
        }
        application.setClientType(newType);
        application.setTokenEndpointAuthMethod(valid.authMethod());
        application.setName(valid.name());
        applications.replaceRedirectUris(application, valid.redirectUris());
        apply(application, valid);
        return new IssuedCredentials(application, secret, token);
    }

    private static void apply(Application application, ApplicationMetadata valid) {
        application.setWebsite(valid.website());
        application.setDescription(valid.description());
        application.setGrantTypes(valid.grantTypes());
        application.setScopes(valid.scopes());
    }

    private String newSecret(Application application) {
        String secret = RandomSecrets.generate(SECRET_BITS);
        application.setSecretHash(hasher.hash(secret));
        return secret;
    }

    private Set<String> knownScopes() {
        return scopes.findAll().stream().map(Scope::getName).collect(Collectors.toSet());
    }

    private static ClientType clientType(TokenEndpointAuthMethod method) {
        return method == TokenEndpointAuthMethod.NONE ? ClientType.PUBLIC : ClientType.CONFIDENTIAL;
    }
}
