package dev.grantry.service.authorize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ApplicationRepository;
import dev.grantry.persistence.client.ApplicationStatus;
import dev.grantry.persistence.client.ClientType;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.persistence.testing.TestEntities;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.scope.ScopeCatalog;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthorizationRequestValidatorTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    private static final String CALLBACK = "https://app.example/cb";
    private static final String CHALLENGE = Pkce.s256("a".repeat(43));

    private final Application confidential = application("conf", ClientType.CONFIDENTIAL, List.of(CALLBACK));
    private final Application twoUris =
            application("two", ClientType.CONFIDENTIAL, List.of(CALLBACK, "https://app.example/other"));
    private final Application publicClient = application("pub", ClientType.PUBLIC, List.of(CALLBACK));
    private final TestContainer container = new TestContainer(db, Clock.systemUTC(), TestSettings.settings());
    private final AuthorizationRequestValidator validator = validator(false);

    @Test
    void whenRequestValidThenEveryParameterKept() {
        AuthorizationRequest request = validator.validate(query(
                "response_type",
                "code",
                "client_id",
                "pub",
                "redirect_uri",
                CALLBACK,
                "scope",
                "repo:read user:read",
                "state",
                "xyz",
                "code_challenge",
                CHALLENGE,
                "code_challenge_method",
                "S256"));

        assertEquals(publicClient.getId(), request.client().getId());
        assertEquals(CALLBACK, request.redirectUri());
        assertEquals(CALLBACK, request.effectiveRedirectUri());
        assertEquals(Set.of("repo:read", "user:read"), request.scopes());
        assertEquals("xyz", request.state());
        assertEquals(CHALLENGE, request.codeChallenge());
        assertEquals("S256", request.codeChallengeMethod());
    }

    @Test
    void whenRedirectUriOmittedAndOneRegisteredThenThatOneWithoutBindingIt() {
        AuthorizationRequest request =
                validator.validate(query("response_type", "code", "client_id", "conf", "scope", "repo:read"));

        assertNull(request.redirectUri());
        assertEquals(CALLBACK, request.effectiveRedirectUri());
        assertNull(request.codeChallengeMethod());
    }

    @Test
    void whenClientUnknownOrRedirectUriUntrustedThenNotRedirectable() {
        assertNotRedirectable(query("response_type", "code", "client_id", "nobody", "redirect_uri", CALLBACK));
        assertNotRedirectable(query("response_type", "code"));
        assertNotRedirectable(
                query("response_type", "code", "client_id", "conf", "redirect_uri", "https://evil.example/cb"));
        assertNotRedirectable(query("response_type", "code", "client_id", "conf", "redirect_uri", CALLBACK + "/"));
        assertNotRedirectable(query("response_type", "code", "client_id", "two"));
        Map<String, List<String>> repeated = query("response_type", "code", "client_id", "conf");
        repeated.put("redirect_uri", List.of(CALLBACK, CALLBACK));
        assertNotRedirectable(repeated);
    }

    @Test
    void whenStateLongerThanItsColumnThenNotRedirectedAndSaysSo() {
        String longest = "s".repeat(AuthorizationRequestValidator.MAX_STATE_LENGTH);
        String tooLong = longest + "s";

        assertEquals(
                longest,
                validator
                        .validate(query("response_type", "code", "client_id", "conf", "state", longest))
                        .state());
        AuthorizationRequestException e =
                refused(query("response_type", "code", "client_id", "conf", "state", tooLong));
        assertFalse(e.isRedirectable());
        assertTrue(e.description().contains("state parameter is too long"), e.description());
    }

    @Test
    void whenResponseTypeWrongThenRedirectedWithUnsupportedResponseType() {
        AuthorizationRequestException e = refused(query("response_type", "token", "client_id", "conf", "state", "s"));

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
        assertEquals(
                OAuthError.INVALID_SCOPE,
                refused(query("response_type", "code", "client_id", "conf", "scope", "repo:read launch:missiles"))
                        .error());
        assertEquals(
                OAuthError.INVALID_SCOPE,
                refused(query("response_type", "code", "client_id", "conf", "scope", "repo:admin"))
                        .error());
    }

    @Test
    void whenResponseTypeMissingThenRedirectedWithInvalidRequest() {
        AuthorizationRequestException e = refused(query("client_id", "conf", "state", "s"));

        assertEquals(OAuthError.INVALID_REQUEST, e.error());
        assertEquals(CALLBACK, e.redirectUri());
    }

    @Test
    void whenScopeMalformedOrNoneAtAllThenInvalidScope() {
        assertEquals(
                OAuthError.INVALID_SCOPE,
                refused(query("response_type", "code", "client_id", "conf", "scope", "repo:read \"x\""))
                        .error());
        db.update(Application.class, confidential.getId(), a -> a.setScopes(Set.of()));
        assertEquals(
                OAuthError.INVALID_SCOPE,
                refused(query("response_type", "code", "client_id", "conf")).error());
    }

    @Test
    void whenScopeOmittedThenTheApplicationsScopes() {
        AuthorizationRequest request = validator.validate(query("response_type", "code", "client_id", "conf"));

        assertEquals(Set.of("repo:read", "user:read"), request.scopes());
    }

    @Test
    void whenApplicationNotActiveThenNeverRedirected() {
        for (ApplicationStatus status : List.of(ApplicationStatus.PENDING, ApplicationStatus.DISABLED)) {
            db.update(Application.class, confidential.getId(), a -> a.setStatus(status));

            assertNotRedirectable(
                    query("response_type", "code", "client_id", "conf", "redirect_uri", CALLBACK, "state", "s"));
        }
    }

    @Test
    void whenAPrivilegedScopeIsAskedForThenInvalidScope() {
        db.update(Application.class, confidential.getId(), a -> a.setScopes(Set.of("repo:read", "token:introspect")));

        AuthorizationRequestException e =
                refused(query("response_type", "code", "client_id", "conf", "scope", "repo:read token:introspect"));

        assertEquals(OAuthError.INVALID_SCOPE, e.error());
        assertTrue(e.isRedirectable());
        assertTrue(e.description().contains("privileged"), e.description());
    }

    @Test
    void whenScopeOmittedThenThePrivilegedScopesTheApplicationHoldsAreLeftOut() {
        db.update(Application.class, confidential.getId(), a -> a.setScopes(Set.of("repo:read", "token:introspect")));

        AuthorizationRequest request = validator.validate(query("response_type", "code", "client_id", "conf"));

        assertEquals(Set.of("repo:read"), request.scopes());
    }

    @Test
    void whenApplicationMayNotUseCodesThenUnauthorizedClient() {
        db.update(Application.class, confidential.getId(), a -> a.setGrantTypes(Set.of(GrantType.CLIENT_CREDENTIALS)));

        assertEquals(
                OAuthError.UNAUTHORIZED_CLIENT,
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
        assertEquals(
                OAuthError.INVALID_REQUEST,
                refused(query(
                                "response_type",
                                "code",
                                "client_id",
                                "pub",
                                "code_challenge",
                                CHALLENGE,
                                "code_challenge_method",
                                "plain"))
                        .error());
        assertEquals(
                OAuthError.INVALID_REQUEST,
                refused(query("response_type", "code", "client_id", "pub", "code_challenge", CHALLENGE))
                        .error(),
                "an omitted method means plain (RFC 7636 §4.3)");
    }

    @Test
    void whenPlainAllowedThenPlainAccepted() {
        AuthorizationRequest request = validator(true)
                .validate(query("response_type", "code", "client_id", "pub", "code_challenge", CHALLENGE));

        assertEquals("plain", request.codeChallengeMethod());
    }

    @Test
    void whenChallengeMalformedOrMethodAloneThenInvalidRequest() {
        assertEquals(
                OAuthError.INVALID_REQUEST,
                refused(query(
                                "response_type",
                                "code",
                                "client_id",
                                "pub",
                                "code_challenge",
                                "short",
                                "code_challenge_method",
                                "S256"))
                        .error());
        assertEquals(
                OAuthError.INVALID_REQUEST,
                refused(query("response_type", "code", "client_id", "conf", "code_challenge_method", "S256"))
                        .error());
    }

    /** The validator as {@link AuthorizationService} makes it: over the stored applications and scopes. */
    private AuthorizationRequestValidator validator(boolean plainAllowed) {
        return new AuthorizationRequestValidator(
                container.get(ApplicationRepository.class)::findByClientId,
                container.get(ScopeCatalog.class)::describe,
                plainAllowed);
    }

    private void assertNotRedirectable(Map<String, List<String>> parameters) {
        AuthorizationRequestException e = refused(parameters);
        assertFalse(e.isRedirectable(), e.description());
        assertNull(e.redirectUri());
    }

    private AuthorizationRequestException refused(Map<String, List<String>> parameters) {
        return assertThrows(AuthorizationRequestException.class, () -> validator.validate(parameters));
    }

    /** Query parameters, one value each. */
    static Map<String, List<String>> query(String... namesAndValues) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return parameters;
    }

    /** A stored active application that may use codes and refresh tokens for repo:read and user:read. */
    private static Application application(String clientId, ClientType type, List<String> redirectUris) {
        Application application = TestEntities.application(
                clientId,
                type,
                Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN),
                Set.of("repo:read", "user:read"));
        application.setRedirectUris(redirectUris);
        db.persist(application);
        return application;
    }
}
