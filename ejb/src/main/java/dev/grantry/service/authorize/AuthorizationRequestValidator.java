package dev.grantry.service.authorize;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ApplicationStatus;
import dev.grantry.persistence.client.ClientType;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.scope.MalformedScopeException;
import dev.grantry.persistence.scope.Scopes;
import dev.grantry.service.client.RedirectUriPolicy;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.scope.ScopeView;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks an authorization request (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.1">
 * §4.1.1</a>) in the order §4.1.2.1 demands: first the client and redirect URI, whose faults are never redirected,
 * then everything else, whose faults go back to the client; the OpenID Connect parameters last
 * ({@link OpenIdParameterRules}).
 */
public final class AuthorizationRequestValidator {

    /**
     * The longest {@code state} kept (the length of its column). RFC 6749 sets no limit, but a value that cannot be
     * kept cannot be echoed, so the request is refused on the error page instead of being answered without it.
     */
    static final int MAX_STATE_LENGTH = 2000;

    private final Function<String, Optional<Application>> clients;
    private final Function<Collection<String>, List<ScopeView>> knownScopes;
    private final boolean plainAllowed;

    /**
     * @param clients finds an application by client id (e.g. {@code ApplicationRepository::findByClientId})
     * @param knownScopes the existing scopes among the names (e.g. {@code ScopeCatalog::describe})
     * @param plainAllowed whether the PKCE {@code plain} method is accepted besides {@code S256}
     */
    public AuthorizationRequestValidator(
            Function<String, Optional<Application>> clients,
            Function<Collection<String>, List<ScopeView>> knownScopes,
            boolean plainAllowed) {
        this.clients = clients;
        this.knownScopes = knownScopes;
        this.plainAllowed = plainAllowed;
    }

    /**
     * @param parameters the query parameters, each with every value it was given
     * @throws AuthorizationRequestException when the request is refused
     */
    public AuthorizationRequest validate(Map<String, List<String>> parameters) {
        List<String> clientIds = parameters.getOrDefault("client_id", List.of());
        if (clientIds.size() != 1 || clientIds.get(0).isEmpty()) {
            throw AuthorizationRequestException.notRedirectable(
                    "The request must name exactly one client (client_id).");
        }
        Application client = clients.apply(clientIds.get(0))
                .orElseThrow(() ->
                        AuthorizationRequestException.notRedirectable("There is no application with that client_id."));
        if (client.getStatus() != ApplicationStatus.ACTIVE) {
            // Pending, rejected or disabled: its redirect URIs are not vouched for, so nothing goes to them.
            throw AuthorizationRequestException.notRedirectable(
                    "This application is not active: it waits for an administrator's approval or was disabled.");
        }
        String sentRedirectUri = sentRedirectUri(parameters);
        String redirectUri = effectiveRedirectUri(client, sentRedirectUri);
        String state = first(parameters, "state");
        if (state != null && state.length() > MAX_STATE_LENGTH) {
            throw AuthorizationRequestException.notRedirectable(
                    "The state parameter is too long (at most " + MAX_STATE_LENGTH + " characters).");
        }
        Redirector refuse =
                (error, description) -> AuthorizationRequestException.redirect(error, description, redirectUri, state);

        parameters.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .findFirst()
                .ifPresent(e -> {
                    throw refuse.with(OAuthError.INVALID_REQUEST, "The " + e.getKey() + " parameter is repeated.");
                });
        String responseType = first(parameters, "response_type");
        if (responseType == null) {
            throw refuse.with(OAuthError.INVALID_REQUEST, "The response_type parameter is missing.");
        }
        if (!"code".equals(responseType)) {
            throw refuse.with(OAuthError.UNSUPPORTED_RESPONSE_TYPE, "Only response_type=code is supported.");
        }
        if (!client.getGrantTypes().isEmpty() && !client.getGrantTypes().contains(GrantType.AUTHORIZATION_CODE)) {
            throw refuse.with(
                    OAuthError.UNAUTHORIZED_CLIENT, "This application may not use the authorization code grant.");
        }
        Set<String> scopes = scopes(client, first(parameters, "scope"), refuse);
        String challenge = first(parameters, "code_challenge");
        String method = challengeMethod(client, challenge, first(parameters, "code_challenge_method"), refuse);
        OpenIdParameters openId = OpenIdParameterRules.read(parameters, client.getDefaultMaxAge(), refuse::with);
        return new AuthorizationRequest(client, sentRedirectUri, redirectUri, scopes, state, challenge, method, openId);
    }

    private static String sentRedirectUri(Map<String, List<String>> parameters) {
        List<String> values = parameters.getOrDefault("redirect_uri", List.of());
        if (values.size() > 1) {
            throw AuthorizationRequestException.notRedirectable("The redirect_uri parameter is repeated.");
        }
        return values.isEmpty() || values.get(0).isEmpty() ? null : values.get(0);
    }

    /** RFC 6749 §3.1.2.3: the one sent, which must be registered, or else the only one registered. */
    private static String effectiveRedirectUri(Application client, String sent) {
        List<String> registered = client.getRedirectUris();
        if (sent == null) {
            if (registered.size() != 1) {
                throw AuthorizationRequestException.notRedirectable(
                        "The redirect_uri parameter is missing, and the application has more than one.");
            }
            return registered.get(0);
        }
        if (!RedirectUriPolicy.matches(registered, sent)) {
            throw AuthorizationRequestException.notRedirectable(
                    "The redirect_uri is not registered for this application.");
        }
        return sent;
    }

    /**
     * RFC 6749 §3.3; when none are asked for, the application's registered delegable scopes. Privileged scopes are
     * never granted by consent: an administrator gives them to the application itself.
     */
    private Set<String> scopes(Application client, String scope, Redirector refuse) {
        boolean defaulted = scope == null || scope.isBlank();
        Set<String> requested;
        try {
            requested = defaulted ? new TreeSet<>(client.getScopes()) : Scopes.parse(scope);
        } catch (MalformedScopeException e) {
            throw refuse.with(OAuthError.INVALID_SCOPE, "The scope parameter is malformed.");
        }
        List<ScopeView> described = knownScopes.apply(requested);
        Set<String> privileged = described.stream()
                .filter(ScopeView::privileged)
                .map(ScopeView::name)
                .collect(Collectors.toSet());
        if (defaulted) {
            requested.removeAll(privileged);
        }
        if (requested.isEmpty()) {
            throw refuse.with(OAuthError.INVALID_SCOPE, "The request asks for no scope.");
        }
        Set<String> known = described.stream().map(ScopeView::name).collect(Collectors.toSet());
        for (String name : requested) {
            if (!known.contains(name)) {
                throw refuse.with(OAuthError.INVALID_SCOPE, "The scope " + name + " does not exist.");
            }
            if (privileged.contains(name)) {
                throw refuse.with(
                        OAuthError.INVALID_SCOPE,
                        "The scope " + name + " is privileged: users cannot grant it, only an administrator.");
            }
            if (!client.getScopes().isEmpty() && !client.getScopes().contains(name)) {
                throw refuse.with(OAuthError.INVALID_SCOPE, "This application may not ask for the scope " + name + ".");
            }
        }
        return requested;
    }

    /** RFC 7636 §4.3 and §4.4.1; public clients must send an S256 (or, when allowed, plain) challenge. */
    private String challengeMethod(Application client, String challenge, String method, Redirector refuse) {
        if (challenge == null) {
            if (method != null) {
                throw refuse.with(OAuthError.INVALID_REQUEST, "code_challenge_method without code_challenge.");
            }
            if (client.getClientType() == ClientType.PUBLIC) {
                throw refuse.with(
                        OAuthError.INVALID_REQUEST, "A public client must send a PKCE code_challenge (RFC 7636).");
            }
            return null;
        }
        if (!Pkce.isWellFormed(challenge)) {
            throw refuse.with(OAuthError.INVALID_REQUEST, "The code_challenge is malformed.");
        }
        String effective = method == null ? Pkce.PLAIN : method;
        if (Pkce.S256.equals(effective) || (Pkce.PLAIN.equals(effective) && plainAllowed)) {
            return effective;
        }
        throw refuse.with(OAuthError.INVALID_REQUEST, "Unsupported code_challenge_method; use S256.");
    }

    /** The parameter's value, {@code null} when absent or empty. */
    static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.get(0).isEmpty() ? null : values.get(0);
    }

    @FunctionalInterface
    private interface Redirector {
        AuthorizationRequestException with(OAuthError error, String description);
    }
}
