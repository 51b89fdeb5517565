package dev.grantry.service.revoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.authorize.AuthorizationCode;
import dev.grantry.persistence.authorize.Consent;
import dev.grantry.persistence.authorize.PendingAuthorization;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.service.authorize.AuthorizationRequestException;
import dev.grantry.service.authorize.AuthorizationService;
import dev.grantry.service.client.ApplicationService;
import dev.grantry.service.client.ClientCredentials;
import dev.grantry.service.consent.AuthorizedApplicationService;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.grant.TestGrants;
import dev.grantry.service.grant.TokenParameters;
import dev.grantry.service.grant.TokenService;
import dev.grantry.service.testing.Fixtures;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import dev.grantry.service.token.IntrospectionService;
import dev.grantry.service.token.IssuedTokens;
import dev.grantry.service.user.PasswordHasher;
import dev.grantry.service.user.TestPasswords;
import dev.grantry.service.user.UserService;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Revocation that reaches everything, through the services an administrator and a user act with: what an application
 * or a user had (grants, tokens, unredeemed codes, pending requests) is gone when the application is disabled or
 * rejected, the user disabled, or the authorization revoked, and enabling again revives none of it.
 */
class RevocationsTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final Instant NOW = Instant.parse("2026-07-01T10:00:00Z");

    final TestContainer container =
            TestGrants.registerIn(new TestContainer(db, Clock.fixed(NOW, ZoneOffset.UTC), TestSettings.settings())
                    .with(PasswordHasher.class, TestPasswords.fastHasher()));
    final AuthorizationService authorizations = container.get(AuthorizationService.class);
    final ApplicationService applications = container.get(ApplicationService.class);
    final UserService users = container.get(UserService.class);

    {
        Fixtures stored = new Fixtures(db, container);
        stored.confidential(
                "conf", "secret", Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN), Set.of("repo:read"));
        stored.confidential(
                "other", "secret", Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN), Set.of("repo:read"));
        stored.user("alice");
        stored.user("bob");
    }

    @Test
    void whenAnApplicationIsDisabledAndEnabledAgainThenItsOldTokensCodesAndRequestsStayDead() {
        IssuedTokens tokens = token("conf", Map.of("code", code("conf", "alice")));
        String unredeemed = code("conf", "alice");
        String pending = authorizations.open(authorizations.begin(request("conf")), "bob", null);
        IssuedTokens others = token("other", Map.of("code", code("other", "alice")));

        applications.disable("conf", "admin");
        applications.approve("conf", "admin");

        assertFalse(active("conf", tokens.accessToken()));
        assertFalse(active("conf", tokens.refreshToken()));
        assertInvalidGrant(
                () -> token("conf", Map.of("grant_type", "refresh_token", "refresh_token", tokens.refreshToken())));
        assertInvalidGrant(() -> token("conf", Map.of("code", unredeemed)));
        assertThrows(AuthorizationRequestException.class, () -> authorizations.approve(pending, "bob"));
        assertTrue(
                db.all(Consent.class).stream()
                        .noneMatch(c -> c.getApplicationId().equals(id("conf"))),
                "every user is asked again");
        assertTrue(active("other", others.accessToken()), "another application keeps its tokens");
        assertTrue(active("other", others.refreshToken()));
    }

    @Test
    void whenAnApplicationIsRejectedThenItsCodesAndRequestsAreGone() {
        String unredeemed = code("conf", "alice");
        authorizations.open(authorizations.begin(request("conf")), "bob", null);

        applications.reject("conf", "admin");
        applications.approve("conf", "admin");

        assertInvalidGrant(() -> token("conf", Map.of("code", unredeemed)));
        assertTrue(db.all(PendingAuthorization.class).isEmpty());
    }

    @Test
    void whenAUserIsDisabledAndEnabledAgainThenTheirOldTokensCodesAndRequestsStayDead() {
        IssuedTokens tokens = token("conf", Map.of("code", code("conf", "alice")));
        String unredeemed = code("conf", "alice");
        String pending = authorizations.open(authorizations.begin(request("conf")), "alice", null);
        IssuedTokens bobs = token("conf", Map.of("code", code("conf", "bob")));

        users.setEnabled("alice", false, "root");
        users.setEnabled("alice", true, "root");

        assertFalse(active("conf", tokens.accessToken()));
        assertFalse(active("conf", tokens.refreshToken()));
        assertInvalidGrant(() -> token("conf", Map.of("code", unredeemed)));
        assertThrows(AuthorizationRequestException.class, () -> authorizations.approve(pending, "alice"));
        assertTrue(active("conf", bobs.accessToken()), "another user keeps their tokens");
    }

    @Test
    void whenAUserIsDisabledThenTheyCanNeitherConsentNorRedeemNorRefresh() {
        IssuedTokens tokens = token("conf", Map.of("code", code("conf", "alice")));
        String pending = authorizations.open(authorizations.begin(request("conf")), "alice", null);
        String unredeemed = code("conf", "alice");
        // Only the flag, as a node that has not seen the revocation yet would find it.
        db.update(dev.grantry.persistence.user.User.class, userId("alice"), user -> user.setEnabled(false));

        assertThrows(AuthorizationRequestException.class, () -> authorizations.approve(pending, "alice"));
        assertThrows(
                AuthorizationRequestException.class,
                () -> authorizations.open(authorizations.begin(request("conf")), "alice", null));
        assertInvalidGrant(() -> token("conf", Map.of("code", unredeemed)));
        assertInvalidGrant(
                () -> token("conf", Map.of("grant_type", "refresh_token", "refresh_token", tokens.refreshToken())));
        assertEquals(
                1,
                db.all(AuthorizationCode.class).stream()
                        .filter(c -> c.getUsedAt() == null)
                        .count());
    }

    @Test
    void whenAUserRevokesAnApplicationThenItsUnredeemedCodesAndPendingRequestsAreGoneToo() {
        String unredeemed = code("conf", "alice");
        String pending = authorizations.open(authorizations.begin(request("conf")), "alice", null);
        String bobs = code("conf", "bob");

        assertTrue(container.get(AuthorizedApplicationService.class).revoke("alice", "conf"));

        assertInvalidGrant(() -> token("conf", Map.of("code", unredeemed)));
        assertThrows(AuthorizationRequestException.class, () -> authorizations.approve(pending, "alice"));
        assertEquals("repo:read", token("conf", Map.of("code", bobs)).scope(), "bob's code is his");
    }

    private boolean active(String clientId, String token) {
        return container
                .get(IntrospectionService.class)
                .introspect(null, new ClientCredentials(null, clientId, "secret"), token)
                .active();
    }

    private long id(String clientId) {
        return db.all(dev.grantry.persistence.client.Application.class).stream()
                .filter(a -> a.getClientId().equals(clientId))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    private long userId(String username) {
        return db.all(dev.grantry.persistence.user.User.class).stream()
                .filter(u -> u.getUsername().equals(username))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    private static void assertInvalidGrant(Runnable tokenRequest) {
        assertEquals(
                OAuthError.INVALID_GRANT,
                assertThrows(OAuthException.class, tokenRequest::run).error());
    }

    /** The code {@code username}'s approval of a request of {@code clientId} gives, taken from the redirect. */
    private String code(String clientId, String username) {
        String redirect = authorizations.approve(
                authorizations.open(authorizations.begin(request(clientId)), username, null), username);
        String query = URI.create(redirect).getRawQuery();
        return URLDecoder.decode(query.substring("code=".length(), query.indexOf('&')), StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> request(String clientId) {
        Map<String, List<String>> request = new LinkedHashMap<>();
        request.put("response_type", List.of("code"));
        request.put("client_id", List.of(clientId));
        request.put("scope", List.of("repo:read"));
        return request;
    }

    /** A token request of {@code clientId} with its secret, the authorization code grant unless it names another. */
    private IssuedTokens token(String clientId, Map<String, String> parameters) {
        Map<String, String> values = new HashMap<>(parameters);
        values.putIfAbsent("grant_type", "authorization_code");
        values.put("client_id", clientId);
        values.put("client_secret", "secret");
        return container.get(TokenService.class).token(null, new TokenParameters(values));
    }
}
