package dev.grantry.service.authorize;

import dev.grantry.persistence.audit.AuditEventType;
import dev.grantry.persistence.authorize.AuthorizationCode;
import dev.grantry.persistence.authorize.AuthorizationCodeRepository;
import dev.grantry.persistence.authorize.Consent;
import dev.grantry.persistence.authorize.ConsentRepository;
import dev.grantry.persistence.authorize.PendingAuthorization;
import dev.grantry.persistence.authorize.PendingAuthorizationRepository;
import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ApplicationRepository;
import dev.grantry.persistence.client.ApplicationStatus;
import dev.grantry.persistence.client.ClientType;
import dev.grantry.persistence.scope.Scopes;
import dev.grantry.persistence.user.User;
import dev.grantry.persistence.user.UserRepository;
import dev.grantry.service.audit.AuditTrail;
import dev.grantry.service.audit.Refusals;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.scope.ScopeCatalog;
import dev.grantry.service.secret.RandomSecrets;
import dev.grantry.service.secret.SecretHasher;
import dev.grantry.service.settings.GrantrySettings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The authorization endpoint's flow (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1">
 * §4.1</a>): validates a request, keeps it pending (stored only once a user has signed in) until the signed-in user
 * decides on the consent page, then answers the client with a code or {@code access_denied}. Every code is issued, and every consent recorded, by
 * {@link #grant}. The user's decision is recorded in the audit trail in its transaction ({@code CONSENT_GRANTED} and
 * {@code CODE_ISSUED}, or {@code CONSENT_DENIED}); a request for a pending application is recorded as refused.
 */
@Stateless
public class AuthorizationService {

    /** Bits of randomness in a code (RFC 6749 §10.10 asks for at least 128) and a pending request's id. */
    static final int RANDOM_BITS = 256;
    /** Used codes are kept this long after expiring, so that a late replay still revokes its tokens. */
    public static final Duration USED_CODE_RETENTION = Duration.ofDays(1);

    private static final String SIGNED_OUT = "You are not signed in.";
    private static final String DISABLED = "This application has been disabled meanwhile.";
    private static final String EXPIRED = "This authorization request has expired or was already answered. "
            + "Go back to the application and try again.";

    @Inject
    ApplicationRepository applications;

    @Inject
    ScopeCatalog scopes;

    @Inject
    UserRepository users;

    @Inject
    PendingAuthorizationRepository pendings;

    @Inject
    ConsentRepository consents;

    @Inject
    AuthorizationCodeRepository codes;

    @Inject
    SecretHasher hasher;

    @Inject
    GrantrySettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Refusals refusals;

    @Inject
    Clock clock;

    /**
     * Validates the request; stores nothing (but the audit event of a refusal for a pending application), so that
     * anonymous requests cost no database row.
     *
     * @return the request, to keep until a signed-in user {@link #open}s it
     * @throws AuthorizationRequestException when the request is refused
     */
    public PendingRequest begin(Map<String, List<String>> parameters) {
        AuthorizationRequest request = new AuthorizationRequestValidator(
                        this::clientRecordingPending, scopes::describe, settings.pkceAllowPlain())
                .validate(parameters);
        return new PendingRequest(
                RandomSecrets.generate(RANDOM_BITS),
                request.client().getClientId(),
                request.redirectUri(),
                request.effectiveRedirectUri(),
                request.scopes(),
                request.state(),
                request.codeChallenge(),
                request.codeChallengeMethod(),
                clock.instant(),
                request.openId());
    }

    /**
     * Whether the signed-in user must sign in again before {@code request} is answered: it sent {@code prompt=login},
     * or a {@code max_age} that the sign-in at {@code authTime} exceeds (OpenID Connect Core 1.0 §3.1.2.1).
     *
     * @param authTime when the user's session signed in, or {@code null} when unknown
     */
    public boolean needsFreshSignIn(PendingRequest request, Instant authTime) {
        return request.openId().needsFreshSignIn(authTime, clock.instant());
    }

    /**
     * Keeps a request pending for the signed-in {@code username}, bound to them, until they decide.
     *
     * @param authTime when the user's session signed in (OpenID Connect {@code auth_time}), or {@code null}
     * @return the pending request's id, for the consent page
     * @throws AuthorizationRequestException (not redirectable) when it expired, its application is no longer
     *     active, or the user is unknown or disabled
     */
    public String open(PendingRequest request, String username, Instant authTime) {
        User user = user(username);
        Instant now = clock.instant();
        Duration lifetime = settings.authorizationRequestLifetime();
        if (request.createdAt().plus(lifetime).isBefore(now)) {
            throw AuthorizationRequestException.notRedirectable(EXPIRED);
        }
        Application client = applications
                .findByClientId(request.clientId())
                .filter(application -> application.getStatus() == ApplicationStatus.ACTIVE)
                .orElseThrow(() -> AuthorizationRequestException.notRedirectable(DISABLED));
        pendings.removeCreatedBefore(now.minus(lifetime));
        PendingAuthorization pending = new PendingAuthorization(
                request.id(),
                client,
                request.redirectUri(),
                request.effectiveRedirectUri(),
                request.scopes(),
                request.state(),
                request.codeChallenge(),
                request.codeChallengeMethod(),
                request.createdAt());
        pending.bindTo(user.getId());
        pending.setOpenIdContext(request.openId().nonce(), request.openId().promptConsent(), authTime);
        pendings.add(pending);
        return request.id();
    }

    /**
     * Binds the pending request to {@code username} (the first user who opens it) and describes it.
     *
     * @throws AuthorizationRequestException (not redirectable) when it is unknown, expired or someone else's
     */
    public ConsentView show(String requestId, String username) {
        PendingAuthorization pending = pendingFor(requestId, user(username));
        var client = pending.getApplication();
        String owner = client.getOwner() == null ? null : client.getOwner().getUsername();
        return new ConsentView(client.getName(), client.getWebsite(), owner, scopes.describe(pending.getScopes()));
    }

    /**
     * Answers the request at once when {@code username} already granted its client every scope it asks for, unless
     * the client is public: those are always asked (RFC 6749 §10.2), or the request sent {@code prompt=consent}
     * (OpenID Connect Core 1.0 §3.1.2.1).
     *
     * @return the redirect to the client with a code, or empty when the user must decide
     */
    public Optional<String> approveIfRemembered(String requestId, String username) {
        User user = user(username);
        PendingAuthorization pending = pendingFor(requestId, user);
        if (pending.getApplication().getClientType() == ClientType.PUBLIC || pending.isConsentPrompted()) {
            return Optional.empty();
        }
        boolean remembered = consents.find(
                        user.getId(), pending.getApplication().getId())
                .map(c -> c.getScopes().containsAll(pending.getScopes()))
                .orElse(false);
        return remembered ? Optional.of(grant(pending, user, "remembered consent")) : Optional.empty();
    }

    /** The user authorized the request: the redirect to the client with a code, {@code state} and {@code iss}. */
    public String approve(String requestId, String username) {
        User user = user(username);
        return grant(pendingFor(requestId, user), user, "consent page");
    }

    /** The user refused: the redirect to the client with {@code error=access_denied}, {@code state}, {@code iss}. */
    public String deny(String requestId, String username) {
        PendingAuthorization pending = pendingFor(requestId, user(username));
        pendings.remove(pending);
        audit.record(audit.failure(AuditEventType.CONSENT_DENIED)
                .actor(username)
                .subjectUser(username)
                .clientId(pending.getApplication().getClientId())
                .scopes(Scopes.format(pending.getScopes()))
                .detail("consent page"));
        return errorRedirect(
                pending.getEffectiveRedirectUri(),
                OAuthError.ACCESS_DENIED,
                "The user denied the request.",
                pending.getState());
    }

    /** The redirect that answers the client with {@code error} (RFC 6749 §4.1.2.1, RFC 9207). */
    public String errorRedirect(String redirectUri, OAuthError error, String description, String state) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("error", error.code());
        parameters.put("error_description", description);
        parameters.put("state", state);
        parameters.put("iss", settings.issuer());
        return RedirectUris.withParameters(redirectUri, parameters);
    }

    /**
     * Records the consent and issues the code: the one path by which a code comes to be.
     *
     * @param how how the user consented, for the audit trail
     */
    private String grant(PendingAuthorization pending, User signedIn, String how) {
        // One decision per user at a time: a concurrent consent for the same application then finds this one's
        // consent row instead of inserting a second (unique per user and application), and disabling the user
        // waits for it, or it for the disabling.
        User user = users.findByIdForUpdate(signedIn.getId())
                .filter(User::isEnabled)
                .orElseThrow(() -> AuthorizationRequestException.notRedirectable(SIGNED_OUT));
        Instant now = clock.instant();
        Long applicationId = pending.getApplication().getId();
        consents.find(user.getId(), applicationId)
                .ifPresentOrElse(
                        consent -> consent.grant(pending.getScopes(), now),
                        () -> consents.add(new Consent(user.getId(), applicationId, pending.getScopes(), now)));
        String code = RandomSecrets.generate(RANDOM_BITS);
        codes.removeExpiredBefore(now.minus(USED_CODE_RETENTION));
        codes.add(new AuthorizationCode(hasher.hash(code), pending, user, now, now.plus(settings.codeLifetime())));
        pendings.remove(pending);
        String clientId = pending.getApplication().getClientId();
        String scope = Scopes.format(pending.getScopes());
        audit.record(audit.success(AuditEventType.CONSENT_GRANTED)
                .actor(user.getUsername())
                .subjectUser(user.getUsername())
                .clientId(clientId)
                .scopes(scope)
                .detail(how));
        audit.record(audit.success(AuditEventType.CODE_ISSUED)
                .actor(user.getUsername())
                .subjectUser(user.getUsername())
                .clientId(clientId)
                .scopes(scope));
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("code", code);
        parameters.put("state", pending.getState());
        parameters.put("iss", settings.issuer());
        return RedirectUris.withParameters(pending.getEffectiveRedirectUri(), parameters);
    }

    /** The application {@code clientId}; a request for a pending one, which the validator refuses, is recorded. */
    private Optional<Application> clientRecordingPending(String clientId) {
        Optional<Application> client = applications.findByClientId(clientId);
        client.filter(application -> application.getStatus() == ApplicationStatus.PENDING)
                .ifPresent(application -> refusals.applicationPending(application, "Authorization request"));
        return client;
    }

    private PendingAuthorization pendingFor(String requestId, User user) {
        if (requestId == null || requestId.isEmpty()) {
            throw AuthorizationRequestException.notRedirectable(EXPIRED);
        }
        PendingAuthorization pending = pendings.findForUpdate(requestId)
                .orElseThrow(() -> AuthorizationRequestException.notRedirectable(EXPIRED));
        if (pending.getCreatedAt().plus(settings.authorizationRequestLifetime()).isBefore(clock.instant())) {
            throw AuthorizationRequestException.notRedirectable(EXPIRED);
        }
        if (pending.getApplication().getStatus() != ApplicationStatus.ACTIVE) {
            throw AuthorizationRequestException.notRedirectable(DISABLED);
        }
        if (pending.getUserId() == null) {
            pending.bindTo(user.getId());
        } else if (!pending.getUserId().equals(user.getId())) {
            throw AuthorizationRequestException.notRedirectable(EXPIRED);
        }
        return pending;
    }

    /** The signed-in user, who must still be enabled: a disabled user's session decides nothing. */
    private User user(String username) {
        return users.findByUsername(username)
                .filter(User::isEnabled)
                .orElseThrow(() -> AuthorizationRequestException.notRedirectable(SIGNED_OUT));
    }
}
