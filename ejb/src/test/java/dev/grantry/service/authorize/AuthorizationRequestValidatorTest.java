package dev.grantry.service.authorize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ApplicationStatus;
import dev.grantry.persistence.client.ClientType;
import dev.grantry.persistence.client.TokenEndpointAuthMethod;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.scope.ScopeView;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthorizationRequestValidatorTest {

    private static final String CALLBACK = "https://app.example/cb";
    private static final String CHALLENGE = Pkce.s256("a".repeat(43));

    private final Application confidential = application("conf", ClientType.CONFIDENTIAL, List.of(CALLBACK));
    private final Application twoUris = application("two", ClientType.CONFIDENTIAL,
            List.of(CALLBACK, "https://app.example/other"));
    private final Application publicClient = application("pub", ClientType.PUBLIC, List.of(CALLBACK));
    private final List<Application> applications = List.of(confidential, twoUris, publicClient);
    private final AuthorizationRequestValidator validator = validator(false);

    @Test
    void whenRequestValidThenEveryParameterKept() {
        AuthorizationRequest request = validator.validate(query("response_type", "code", "client_id", "pub",
                "redirect_uri", CALLBACK, "scope", "repo:read user:read", "state", "xyz",
                "code_challenge", CHALLENGE, "code_challenge_method", "S256"));

        assertEquals(publicClient, request.client());
        assertEquals(CALLBACK, request.redirectUri());
        assertEquals(CALLBACK, request.effectiveRedirectUri());
        assertEquals(Set.of("repo:read", "user:read"), request.scopes());
        assertEquals("xyz", request.state());
        assertEquals(CHALLENGE, request.codeChallenge());
        assertEquals("S256", request.codeChallengeMethod());
    }

    @Test
    void whenRedirectUriOmittedAndOneRegisteredThenThatOneWithoutBindingIt() {
        AuthorizationRequest request = validator.validate(query("response_type", "code", "client_id", "conf",
                "scope", "repo:read"));

        assertNull(request.redirectUri());
        assertEquals(CALLBACK, request.effectiveRedirectUri());
        assertNull(request.codeChallengeMethod());
    }

    @Test
    void whenClientUnknownOrRedirectUriUntrustedThenNotRedirectable() {
        assertNotRedirectable(query("response_type", "code", "client_id", "nobody", "redirect_uri", CALLBACK));
        assertNotRedirectable(query("response_type", "code"));
        assertNotRedirectable(query("response_type", "code", "client_id", "conf", "redirect_uri",
                "https://evil.example/cb"));
        assertNotRedirectable(query("response_type", "code", "client_id", "conf", "redirect_uri",
                CALLBACK + "/"));
        assertNotRedirectable(query("response_type", "code", "client_id", "two"));
        Map<String, List<String>> repeated = query("response_type", "code", "client_id", "conf");
        repeated.put("redirect_uri", List.of(CALLBACK, CALLBACK));
        assertNotRedirectable(repeated);
    }

    @Test
    void whenResponseTypeWrongThenRedirectedWithUnsupportedResponseType() {
        AuthorizationRequestException e = refused(query("response_type", "token", "client_id", "conf",
                "state", "s"));

        assertEquals(OAuthError.UNSUPPORTED_RESPONSE_TYPE, e.error());
        assertEquals(CALLBACK, e.redirectUri());
        assertEquals("s", e.state());
    }

    @Test
    void whenParameterRepeatedThenInvalidRequest() {
        Map<String, List<String>> parameters = query("response_type", "code", "client_id", "conf");
        parameters.put("scope", List.of("repo:read", "user:read"));

        assertEquals(OAuthError.INVALID_REQUEST, refused(parameters).error());
    }

    @Test
    void whenScopeUnknownOrNotRegisteredThenInvalidScope() {
        assertEquals(OAuthError.INVALID_SCOPE, refused(query("response_type", "code", "client_id", "conf",
                "scope", "repo:read launch:missiles")).error());
        assertEquals(OAuthError.INVALID_SCOPE, refused(query("response_type", "code", "client_id", "conf",
                "scope", "repo:admin")).error());
    }

    @Test
    void whenScopeOmittedThenTheApplicationsScopes() {
        AuthorizationRequest request = validator.validate(query("response_type", "code", "client_id", "conf"));

        assertEquals(Set.of("repo:read", "user:read"), request.scopes());
    }

    @Test
    void whenApplicationNotActiveThenUnauthorizedClient() {
        confidential.setStatus(ApplicationStatus.PENDING);

        assertEquals(OAuthError.UNAUTHORIZED_CLIENT,
                refused(query("response_type", "code", "client_id", "conf")).error());
    }

    @Test
    void whenApplicationMayNotUseCodesThenUnauthorizedClient() {
        confidential.setGrantTypes(Set.of(GrantType.CLIENT_CREDENTIALS));

        assertEquals(OAuthError.UNAUTHORIZED_CLIENT,
                refused(query("response_type", "code", "client_id", "conf")).error());
    }

    @Test
    void whenPublicClientSendsNoChallengeThenInvalidRequest() {
        AuthorizationRequestException e = refused(query("response_type", "code", "client_id", "pub"));

        assertEquals(OAuthError.INVALID_REQUEST, e.error());
        assertTrue(e.description().contains("PKCE"), e.description());
    }

    @Test
    void whenPlainChallengeAndPlainNotAllowedThenInvalidRequest() {
        assertEquals(OAuthError.INVALID_REQUEST, refused(query("response_type", "code", "client_id", "pub",
                "code_challenge", CHALLENGE, "code_challenge_method", "plain")).error());
        assertEquals(OAuthError.INVALID_REQUEST, refused(query("response_type", "code", "client_id", "pub",
                "code_challenge", CHALLENGE)).error(), "an omitted method means plain (RFC 7636 §4.3)");
    }

    @Test
    void whenPlainAllowedThenPlainAccepted() {
        AuthorizationRequest request = validator(true).validate(query("response_type", "code", "client_id", "pub",
                "code_challenge", CHALLENGE));

        assertEquals("plain", request.codeChallengeMethod());
    }

    @Test
    void whenChallengeMalformedOrMethodAloneThenInvalidRequest() {
        assertEquals(OAuthError.INVALID_REQUEST, refused(query("response_type", "code", "client_id", "pub",
                "code_challenge", "short", "code_challenge_method", "S256")).error());
        assertEquals(OAuthError.INVALID_REQUEST, refused(query("response_type", "code", "client_id", "conf",
                "code_challenge_method", "S256")).error());
    }

    private AuthorizationRequestValidator validator(boolean plainAllowed) {
        return new AuthorizationRequestValidator(clientId -> find(applications, clientId),
                AuthorizationRequestValidatorTest::knownScopes, plainAllowed);
    }

    private void assertNotRedirectable(Map<String, List<String>> parameters) {
        AuthorizationRequestException e = refused(parameters);
        assertFalse(e.isRedirectable(), e.description());
        assertNull(e.redirectUri());
    }

    private AuthorizationRequestException refused(Map<String, List<String>> parameters) {
        return assertThrows(AuthorizationRequestException.class, () -> validator.validate(parameters));
    }

    private static Map<String, List<String>> query(String... namesAndValues) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return parameters;
    }

    private static Application application(String clientId, ClientType type, List<String> redirectUris) {
        Application application = new Application(clientId, "App " + clientId, null, type,
                type == ClientType.PUBLIC ? TokenEndpointAuthMethod.NONE : TokenEndpointAuthMethod.CLIENT_SECRET_BASIC,
                ApplicationStatus.ACTIVE, Instant.EPOCH);
        application.setRedirectUris(redirectUris);
        application.setGrantTypes(Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN));
        application.setScopes(Set.of("repo:read", "user:read"));
        return application;
    }

    /** Finds the applications of these tests by client id. */
    private static Optional<Application> find(List<Application> all, String clientId) {
        return all.stream().filter(a -> a.getClientId().equals(clientId)).findFirst();
    }

    /** The known scopes among {@code names}: of repo:read, repo:admin, user:read. */
    private static List<ScopeView> knownScopes(Collection<String> names) {
        return List.of(new ScopeView("repo:read", "Read repositories"),
                new ScopeView("repo:admin", "Administer repositories"), new ScopeView("user:read", "Read your profile"))
                .stream().filter(s -> names.contains(s.name())).toList();
    }
}
