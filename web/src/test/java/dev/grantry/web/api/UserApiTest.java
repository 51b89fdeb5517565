package dev.grantry.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.grantry.service.consent.AuthorizedApplication;
import dev.grantry.service.consent.AuthorizedApplicationService;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.token.AccessTokenVerifier;
import dev.grantry.service.token.VerifiedAccessToken;
import dev.grantry.service.user.UserView;
import dev.grantry.web.testing.Bodies;
import jakarta.json.Json;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class UserApiTest {

    private static final UserView ALICE =
            new UserView("alice", "Alice Liddell", "alice@example.org", true, List.of("user"));

    private final UserApi api = new UserApi();

    {
        api.verifier = mock(AccessTokenVerifier.class);
        api.authorizedApplications = mock(AuthorizedApplicationService.class);
    }

    @Test
    void whenTheTokenActsForAUserThenTheirProfileIsAnswered() {
        actingFor("t", "user:read", ALICE);

        Response response = api.user("Bearer t");

        assertEquals(200, response.getStatus());
        assertEquals(
                Json.createObjectBuilder()
                        .add("username", "alice")
                        .add("name", "Alice Liddell")
                        .add("email", "alice@example.org")
                        .build(),
                Bodies.json(response));
    }

    @Test
    void whenTheUserHasNoNameNorEmailThenTheyAreLeftOut() {
        actingFor("t", "user:read", new UserView("bob", null, null, true, List.of("user")));

        assertEquals(Json.createObjectBuilder().add("username", "bob").build(), Bodies.json(api.user("Bearer t")));
    }

    @Test
    void whenThereIsNoBearerTokenThenBearerIsChallengedWithoutAnErrorCode() {
        NotAuthorizedException e = assertThrows(NotAuthorizedException.class, () -> api.user("Basic YTpi"));

        assertEquals(401, e.getResponse().getStatus());
        assertEquals("Bearer realm=\"grantry\"", e.getResponse().getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
        verifyNoInteractions(api.verifier);
    }

    @Test
    void whenTheTokenActsForNoUserThenInvalidToken() {
        VerifiedAccessToken clientToken = mock(VerifiedAccessToken.class);
        when(clientToken.user()).thenReturn(Optional.empty());
        when(api.verifier.require("t", "user:read")).thenReturn(clientToken);

        OAuthException e = assertThrows(OAuthException.class, () -> api.user("Bearer t"));

        assertEquals(OAuthError.INVALID_TOKEN, e.error());
    }

    @Test
    void whenTheTokenLacksTheScopeThenTheVerifiersRefusalStands() {
        when(api.verifier.require("t", "user:admin"))
                .thenThrow(new OAuthException(OAuthError.INSUFFICIENT_SCOPE, "Needs user:admin."));

        OAuthException e = assertThrows(OAuthException.class, () -> api.authorizations("Bearer t"));

        assertEquals(OAuthError.INSUFFICIENT_SCOPE, e.error());
        verifyNoInteractions(api.authorizedApplications);
    }

    @Test
    void whenTheAuthorizationsAreListedThenEachApplicationIsAnsweredInQuaysShape() {
        actingFor("t", "user:admin", ALICE);
        when(api.authorizedApplications.list("alice"))
                .thenReturn(List.of(
                        new AuthorizedApplication(
                                "gallery",
                                "Gallery",
                                "https://gallery.example",
                                new TreeSet<>(Set.of("photos:read", "photos:write")),
                                Instant.parse("2026-01-02T03:04:05Z"),
                                Instant.parse("2026-02-03T04:05:06Z")),
                        new AuthorizedApplication("cli", "CLI", null, Set.of(), null, null)));

        Response response = api.authorizations("Bearer t");

        assertEquals(
                Json.createObjectBuilder()
                        .add(
                                "authorizations",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add(
                                                        "application",
                                                        Json.createObjectBuilder()
                                                                .add("client_id", "gallery")
                                                                .add("name", "Gallery")
                                                                .add("url", "https://gallery.example"))
                                                .add(
                                                        "scopes",
                                                        Json.createArrayBuilder()
                                                                .add("photos:read")
                                                                .add("photos:write"))
                                                .add("first_used", "2026-01-02T03:04:05Z")
                                                .add("last_used", "2026-02-03T04:05:06Z"))
                                        .add(Json.createObjectBuilder()
                                                .add(
                                                        "application",
                                                        Json.createObjectBuilder()
                                                                .add("client_id", "cli")
                                                                .add("name", "CLI"))
                                                .add("scopes", Json.createArrayBuilder())))
                        .build(),
                Bodies.json(response));
    }

    @Test
    void whenAnAuthorizationIsRevokedThen204OrElse404() {
        actingFor("t", "user:admin", ALICE);
        when(api.authorizedApplications.revoke("alice", "gallery")).thenReturn(true);
        when(api.authorizedApplications.revoke("alice", "unknown")).thenReturn(false);

        assertEquals(204, api.revoke("Bearer t", "gallery").getStatus());
        assertEquals(404, api.revoke("Bearer t", "unknown").getStatus());
    }

    private void actingFor(String token, String scope, UserView user) {
        VerifiedAccessToken verified = mock(VerifiedAccessToken.class);
        when(verified.user()).thenReturn(Optional.of(user));
        when(api.verifier.require(token, scope)).thenReturn(verified);
    }
}
