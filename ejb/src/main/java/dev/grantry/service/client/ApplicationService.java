package dev.grantry.service.client;

import dev.grantry.persistence.audit.AuditEvent;
import dev.grantry.persistence.audit.AuditEventType;
import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ApplicationRepository;
import dev.grantry.persistence.client.ApplicationStatus;
import dev.grantry.persistence.client.ClientType;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.client.TokenEndpointAuthMethod;
import dev.grantry.persistence.scope.Scopes;
import dev.grantry.persistence.user.User;
import dev.grantry.persistence.user.UserRepository;
import dev.grantry.service.audit.Actors;
import dev.grantry.service.audit.AuditTrail;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.revoke.Revocations;
import dev.grantry.service.scope.ScopeCatalog;
import dev.grantry.service.scope.ScopeView;
import dev.grantry.service.secret.RandomSecrets;
import dev.grantry.service.secret.SecretHasher;
import dev.grantry.service.settings.ClientApproval;
import dev.grantry.service.settings.GrantrySettings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The one path by which applications (OAuth clients) are created, changed, approved and deleted: by the settings
 * page, the RFC 7591/7592 registration API and the Gancio-compatible API alike. Secrets and registration access
 * tokens are returned in clear once and stored only as {@link SecretHasher} hashes. Every failure rolls back, so an
 * application is never half created. Every change is recorded in the audit trail in its transaction, with who made
 * it: the owner, the administrator, or the application itself ({@code client:<client_id>}, by its registration
 * access token); an anonymous RFC 7591 or Gancio registration has no actor.
 */
@Stateless
public class ApplicationService {

    static final int CLIENT_ID_BITS = 192;
    static final int SECRET_BITS = 256;
    /** What the settings page and Gancio's API register when they name no grant type. */
    static final Set<GrantType> DEFAULT_GRANT_TYPES = Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN);
    /** What RFC 7591 §2 registers when {@code grant_types} is omitted. */
    static final Set<GrantType> RFC_7591_DEFAULT_GRANT_TYPES = Set.of(GrantType.AUTHORIZATION_CODE);

    @Inject
    ApplicationRepository applications;

    @Inject
    ScopeCatalog scopes;

    @Inject
    UserRepository users;

    @Inject
    SecretHasher hasher;

    @Inject
    Revocations revocations;

    @Inject
    GrantrySettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Registers a client (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-2">§2</a>) for the
     * signed-in user {@code ownerUsername} on the settings page: never with client_credentials or a privileged scope.
     * It is pending when {@code GRANTRY_CLIENT_REGISTRATION_APPROVAL} is {@code admin}.
     *
     * @return the application with its client secret (confidential clients), to be shown once
     * @throws OAuthException {@code invalid_client_metadata} or {@code invalid_redirect_uri}; nothing is stored
     */
    public IssuedCredentials create(ApplicationRequest request, String ownerUsername) {
        User owner = users.findByUsername(ownerUsername).orElseThrow(ApplicationAccessDeniedException::new);
        return createApplication(request, owner, DEFAULT_GRANT_TYPES, false, Registrant.SELF_SERVICE, "settings page");
    }

    /**
     * Gancio's registration ({@code /api/client}): an application without owner and without registration access
     * token, with the default grant types.
     *
     * @param registrant {@link Registrant#ADMINISTRATOR} when the request carried the initial access token
     * @throws OAuthException {@code invalid_client_metadata} or {@code invalid_redirect_uri}; nothing is stored
     */
    public IssuedCredentials registerForGancio(ApplicationRequest request, Registrant registrant) {
        return createApplication(request, null, DEFAULT_GRANT_TYPES, false, registrant, "Gancio registration");
    }

    /**
     * RFC 7591 <a href="https://www.rfc-editor.org/rfc/rfc7591#section-3.2.1">§3.2.1</a> dynamic registration: an
     * application without owner, with a registration access token for RFC 7592 management. Only an
     * {@link Registrant#ADMINISTRATOR} may ask for client_credentials or privileged scopes.
     *
     * @return the application with its client secret (confidential clients) and registration access token
     * @throws OAuthException {@code invalid_client_metadata} or {@code invalid_redirect_uri}; nothing is stored
     */
    public IssuedCredentials register(ApplicationRequest request, Registrant registrant) {
        return createApplication(
                request, null, RFC_7591_DEFAULT_GRANT_TYPES, true, registrant, "RFC 7591 registration");
    }

    private IssuedCredentials createApplication(
            ApplicationRequest request,
            User owner,
            Set<GrantType> defaultGrantTypes,
            boolean registrationToken,
            Registrant registrant,
            String channel) {
        ApplicationMetadata valid = MetadataRules.check(request, knownScopes(), defaultGrantTypes);
        OpenIdClientMetadata openId = OpenIdClientRules.check(request.openId(), settings.signingAlgorithm());
        PrivilegeRules.check(valid, registrant, Set.of(), Set.of(), scopes.privilegedNames());
        ApplicationStatus status = approvalRequired() ? ApplicationStatus.PENDING : ApplicationStatus.ACTIVE;
        Application application = new Application(
                RandomSecrets.generate(CLIENT_ID_BITS),
                valid.name(),
                owner,
                clientType(valid.authMethod()),
                valid.authMethod(),
                status,
                clock.instant());
        application.setRedirectUris(valid.redirectUris());
        apply(application, valid, openId);
        String secret = application.getClientType() == ClientType.CONFIDENTIAL ? newSecret(application) : null;
        String token = null;
        if (registrationToken) {
            token = RandomSecrets.generate(SECRET_BITS);
            application.setRegistrationTokenHash(hasher.hash(token));
        }
        applications.add(application);
        String owned = owner == null ? null : owner.getUsername();
        audit.record(about(audit.success(AuditEventType.APPLICATION_CREATED), application)
                .actor(owned)
                .scopes(Scopes.format(application.getScopes()))
                .detail(channel
                        + (registrant == Registrant.ADMINISTRATOR ? ", with the initial access token" : "")
                        + (status == ApplicationStatus.PENDING ? ", pending approval" : "")));
        return new IssuedCredentials(ApplicationView.of(application), secret, token);
    }

    public List<ApplicationView> listOwnedBy(String username) {
        return applications.findByOwner(username).stream()
                .map(ApplicationView::of)
                .toList();
    }

    /** Every application, for administrators. */
    public List<ApplicationView> listAll() {
        return applications.findAll().stream().map(ApplicationView::of).toList();
    }

    /**
     * The application {@code clientId} if {@code username} owns it.
     *
     * @throws ApplicationAccessDeniedException when it does not exist or belongs to someone else
     */
    public ApplicationView findOwned(String clientId, String username) {
        return ApplicationView.of(owned(clientId, username));
    }

    /**
     * Replaces the metadata (RFC 7591 <a href="https://www.rfc-editor.org/rfc/rfc7591#section-2">§2</a>) of
     * {@code username}'s application. Turning a public client confidential issues a
     * secret; turning a confidential one public drops its secret. It may keep, not add, client_credentials and
     * privileged scopes; when approval is {@code admin}, a widening change puts an active application back to
     * pending ({@link ReviewRules}).
     *
     * @return the application, with a new client secret only if one was issued
     * @throws ApplicationAccessDeniedException when it is not the user's
     * @throws OAuthException when the new metadata is invalid; nothing is changed
     */
    public IssuedCredentials update(String clientId, String username, ApplicationRequest request) {
        return replace(owned(clientId, username), request, DEFAULT_GRANT_TYPES, null, username);
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
        Application application = owned(clientId, username);
        if (application.getClientType() != ClientType.CONFIDENTIAL) {
            throw new OAuthException(OAuthError.INVALID_CLIENT_METADATA, "A public client has no secret.");
        }
        audit.record(about(audit.success(AuditEventType.APPLICATION_SECRET_REGENERATED), application)
                .actor(username));
        return newSecret(application);
    }

    /**
     * Deletes {@code username}'s application, and with it everything issued to it.
     *
     * @throws ApplicationAccessDeniedException when it is not the user's
     */
    public void delete(String clientId, String username) {
        remove(owned(clientId, username), username);
    }

    /**
     * RFC 7592 <a href="https://www.rfc-editor.org/rfc/rfc7592#section-2.1">§2.1</a>: the registered application
     * for its registration access token.
     *
     * @throws OAuthException {@code invalid_token} when the token is missing or wrong
     */
    public ApplicationView readRegistration(String clientId, String registrationAccessToken) {
        return ApplicationView.of(registered(clientId, registrationAccessToken));
    }

    /**
     * RFC 7592 <a href="https://www.rfc-editor.org/rfc/rfc7592#section-2.2">§2.2</a>: replaces every metadata
     * field of a registered application, under the same rules as {@link #update}.
     *
     * @throws OAuthException {@code invalid_token}, {@code invalid_client_metadata} or {@code invalid_redirect_uri}
     */
    public IssuedCredentials replaceRegistration(
            String clientId, String registrationAccessToken, ApplicationRequest request) {
        return replace(
                registered(clientId, registrationAccessToken),
                request,
                RFC_7591_DEFAULT_GRANT_TYPES,
                registrationAccessToken,
                Actors.client(clientId));
    }

    /**
     * RFC 7592 <a href="https://www.rfc-editor.org/rfc/rfc7592#section-2.3">§2.3</a>: deletes a registered
     * application.
     *
     * @throws OAuthException {@code invalid_token} when the token is missing or wrong
     */
    public void deleteRegistration(String clientId, String registrationAccessToken) {
        remove(registered(clientId, registrationAccessToken), Actors.client(clientId));
    }

    /** The administrator {@code administrator} lets a pending (or disabled) application get tokens. */
    public ApplicationView approve(String clientId, String administrator) {
        return setStatus(clientId, ApplicationStatus.ACTIVE, AuditEventType.APPLICATION_APPROVED, administrator);
    }

    /**
     * The administrator {@code administrator} refuses a pending application: it stays, disabled, so that its owner
     * sees the answer.
     */
    public ApplicationView reject(String clientId, String administrator) {
        return setStatus(clientId, ApplicationStatus.DISABLED, AuditEventType.APPLICATION_REJECTED, administrator);
    }

    /** The administrator {@code administrator} stops an application from getting tokens. */
    public ApplicationView disable(String clientId, String administrator) {
        return setStatus(clientId, ApplicationStatus.DISABLED, AuditEventType.APPLICATION_DISABLED, administrator);
    }

    /**
     * An administrator decides what {@code clientId} may hold beyond self-service: whether it acts for itself
     * (client_credentials, RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.4">§4.4</a>) and
     * which privileged scopes it holds. Its delegable scopes and other grant types stay as they are.
     *
     * @param privilegedScopes the privileged scopes it holds from now on; any other privileged scope is taken away
     * @param administrator who decides, for the audit trail, which records what was given and what taken away
     * @throws ApplicationAccessDeniedException when there is no such application
     * @throws OAuthException {@code invalid_client_metadata} for client_credentials on a public client or a scope
     *         that is not privileged
     */
    public ApplicationView setPowers(
            String clientId, boolean actsForItself, Set<String> privilegedScopes, String administrator) {
        Application application = find(clientId);
        Set<String> privileged = scopes.privilegedNames();
        if (!privileged.containsAll(privilegedScopes)) {
            throw new OAuthException(
                    OAuthError.INVALID_CLIENT_METADATA,
                    "Only privileged scopes are given here; users grant the others.");
        }
        if (actsForItself && application.getClientType() != ClientType.CONFIDENTIAL) {
            throw new OAuthException(
                    OAuthError.INVALID_CLIENT_METADATA,
                    "A public client cannot act for itself: it has no secret to authenticate with.");
        }
        Set<GrantType> grantTypes = EnumSet.noneOf(GrantType.class);
        grantTypes.addAll(application.getGrantTypes());
        grantTypes.remove(GrantType.CLIENT_CREDENTIALS);
        if (actsForItself) {
            grantTypes.add(GrantType.CLIENT_CREDENTIALS);
        }
        Set<String> held = new TreeSet<>(application.getScopes());
        held.removeAll(privileged);
        held.addAll(privilegedScopes);
        PowersChange change = PowersChange.of(application, actsForItself, privilegedScopes, privileged);
        application.setGrantTypes(grantTypes);
        application.setScopes(held);
        if (change.anyGiven()) {
            recordPowers(AuditEventType.APPLICATION_POWERS_GRANTED, application, change.given(), administrator);
        }
        if (change.anyTaken()) {
            recordPowers(AuditEventType.APPLICATION_POWERS_WITHDRAWN, application, change.taken(), administrator);
        }
        return ApplicationView.of(application);
    }

    private void recordPowers(
            AuditEventType type, Application application, PowersChange.Powers powers, String administrator) {
        audit.record(about(audit.success(type), application)
                .actor(administrator)
                .scopes(powers.scopes().isEmpty() ? null : Scopes.format(powers.scopes()))
                .detail(powers.actsForItself() ? "May act for itself (client_credentials)" : null));
    }

    private ApplicationView setStatus(
            String clientId, ApplicationStatus status, AuditEventType event, String administrator) {
        Application application = find(clientId);
        application.setStatus(status);
        if (status != ApplicationStatus.ACTIVE) {
            revocations.revokeApplication(application.getId());
        }
        audit.record(about(audit.success(event), application)
                .actor(administrator)
                .detail(status == ApplicationStatus.ACTIVE ? null : "Its authorizations and tokens were revoked"));
        return ApplicationView.of(application);
    }

    /** An event about {@code application}: its client id, and its owner as the user concerned. */
    private static AuditEvent about(AuditEvent event, Application application) {
        return event.clientId(application.getClientId())
                .subjectUser(
                        application.getOwner() == null
                                ? null
                                : application.getOwner().getUsername());
    }

    private Application find(String clientId) {
        return applications
                .findByClientId(clientId == null ? "" : clientId)
                .orElseThrow(ApplicationAccessDeniedException::new);
    }

    /** Deletes the application, revoking first what was issued to it (the database would only cascade it away). */
    private void remove(Application application, String actor) {
        revocations.revokeApplication(application.getId());
        audit.record(about(audit.success(AuditEventType.APPLICATION_DELETED), application)
                .actor(actor)
                .scopes(Scopes.format(application.getScopes()))
                .detail("With its authorizations and tokens"));
        applications.remove(application);
    }

    private Application owned(String clientId, String username) {
        return applications
                .findByClientId(clientId == null ? "" : clientId)
                .filter(application -> application.isOwnedBy(username))
                .orElseThrow(ApplicationAccessDeniedException::new);
    }

    private Application registered(String clientId, String token) {
        return applications
                .findByClientId(clientId == null ? "" : clientId)
                .filter(application -> hasher.matches(token, application.getRegistrationTokenHash()))
                .orElseThrow(() -> new OAuthException(
                        OAuthError.INVALID_TOKEN, "The registration access token is missing or wrong."));
    }

    private IssuedCredentials replace(
            Application application,
            ApplicationRequest request,
            Set<GrantType> defaultGrantTypes,
            String token,
            String actor) {
        ApplicationMetadata valid = MetadataRules.check(request, knownScopes(), defaultGrantTypes);
        OpenIdClientMetadata openId = OpenIdClientRules.check(request.openId(), settings.signingAlgorithm());
        PrivilegeRules.check(
                valid,
                Registrant.SELF_SERVICE,
                application.getGrantTypes(),
                application.getScopes(),
                scopes.privilegedNames());
        ClientType newType = clientType(valid.authMethod());
        List<String> notes = new ArrayList<>();
        if (approvalRequired()
                && application.getStatus() == ApplicationStatus.ACTIVE
                && ReviewRules.needsReview(application, valid, newType)) {
            application.setStatus(ApplicationStatus.PENDING);
            notes.add("back to pending approval");
        }
        String secret = null;
        if (newType == ClientType.PUBLIC) {
            if (application.getClientType() == ClientType.CONFIDENTIAL) {
                notes.add("now public: its client secret was dropped");
            }
            application.setSecretHash(null);
        } else if (application.getClientType() == ClientType.PUBLIC) {
            secret = newSecret(application);
            notes.add("now confidential: a client secret was issued");
        }
        application.setClientType(newType);
        application.setTokenEndpointAuthMethod(valid.authMethod());
        application.setName(valid.name());
        applications.replaceRedirectUris(application, valid.redirectUris());
        apply(application, valid, openId);
        audit.record(about(audit.success(AuditEventType.APPLICATION_UPDATED), application)
                .actor(actor)
                .scopes(Scopes.format(application.getScopes()))
                .detail(notes.isEmpty() ? null : String.join("; ", notes)));
        return new IssuedCredentials(ApplicationView.of(application), secret, token);
    }

    private static void apply(Application application, ApplicationMetadata valid, OpenIdClientMetadata openId) {
        application.setWebsite(valid.website());
        application.setDescription(valid.description());
        application.setGrantTypes(valid.grantTypes());
        application.setScopes(valid.scopes());
        application.setPostLogoutRedirectUris(openId.postLogoutRedirectUris());
        application.setDefaultMaxAge(openId.defaultMaxAge());
    }

    private String newSecret(Application application) {
        String secret = RandomSecrets.generate(SECRET_BITS);
        application.setSecretHash(hasher.hash(secret));
        return secret;
    }

    private Set<String> knownScopes() {
        return scopes.all().stream().map(ScopeView::name).collect(Collectors.toSet());
    }

    private boolean approvalRequired() {
        return settings.clientRegistrationApproval() == ClientApproval.ADMIN;
    }

    private static ClientType clientType(TokenEndpointAuthMethod method) {
        return method == TokenEndpointAuthMethod.NONE ? ClientType.PUBLIC : ClientType.CONFIDENTIAL;
    }
}
