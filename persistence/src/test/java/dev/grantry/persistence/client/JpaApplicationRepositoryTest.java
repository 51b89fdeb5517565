package dev.grantry.persistence.client;

import static dev.grantry.persistence.testing.TestEntities.application;
import static dev.grantry.persistence.testing.TestEntities.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.grant.AuthorizationGrant;
import dev.grantry.persistence.grant.IssuedToken;
import dev.grantry.persistence.grant.TokenKind;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.persistence.user.User;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JpaApplicationRepositoryTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final ApplicationRepository applications = db.inject(new JpaApplicationRepository());

    @Test
    void whenAddedThenFoundByClientIdAndIdWithEveryCollection() {
        Application stored = application(
                "app-1",
                ClientType.CONFIDENTIAL,
                Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN),
                Set.of("repo:read", "user:read"));
        stored.setRedirectUris(List.of("https://b.example/cb", "https://a.example/cb"));
        stored.setSecretHash("hs256:secret");
        long id = db.inTransaction(() -> applications.add(stored).getId());

        Application found =
                db.inTransaction(() -> applications.findByClientId("app-1")).orElseThrow();

        assertEquals(id, found.getId());
        assertEquals(List.of("https://b.example/cb", "https://a.example/cb"), found.getRedirectUris());
        assertEquals(Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN), found.getGrantTypes());
        assertEquals(Set.of("repo:read", "user:read"), found.getScopes());
        assertEquals("hs256:secret", found.getSecretHash());
        assertEquals(TokenEndpointAuthMethod.CLIENT_SECRET_BASIC, found.getTokenEndpointAuthMethod());
        assertEquals(
                "app-1",
                db.inTransaction(() -> applications.findById(id)).orElseThrow().getClientId());
        assertTrue(db.inTransaction(() -> applications.findByClientId("nobody")).isEmpty());
        assertTrue(db.inTransaction(() -> applications.findById(-1)).isEmpty());
    }

    @Test
    void whenStoredThenGrantTypesAreTheirProtocolValuesInTheColumn() {
        db.inTransaction(() -> applications.add(application(
                "app-1",
                ClientType.CONFIDENTIAL,
                Set.of(GrantType.AUTHORIZATION_CODE, GrantType.CLIENT_CREDENTIALS),
                Set.of())));

        assertEquals(
                List.of("authorization_code", "client_credentials"),
                db.column("SELECT grant_type FROM application_grant_type ORDER BY grant_type"));
    }

    @Test
    void whenAColumnHoldsAProtocolValueThenItIsReadAsItsGrantType() {
        long id = db.inTransaction(() -> applications
                .add(application("app-1", ClientType.CONFIDENTIAL, Set.of(GrantType.AUTHORIZATION_CODE), Set.of()))
                .getId());
        db.execute(
                "INSERT INTO application_grant_type (application_id, grant_type) VALUES (" + id + ", 'refresh_token')");

        assertEquals(
                Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN),
                db.inTransaction(() -> applications.findById(id)).orElseThrow().getGrantTypes());
    }

    @Test
    void whenAColumnHoldsAnUnknownGrantTypeThenReadingFailsLoudly() {
        long id = db.inTransaction(() -> applications
                .add(application("app-1", ClientType.CONFIDENTIAL, Set.of(GrantType.AUTHORIZATION_CODE), Set.of()))
                .getId());
        db.execute("UPDATE application_grant_type SET grant_type = 'password' WHERE application_id = " + id);

        PersistenceException e =
                assertThrows(PersistenceException.class, () -> db.inTransaction(() -> applications.findById(id)));

        assertTrue(e.getMessage().contains("password"), e.getMessage());
    }

    @Test
    void whenListedByOwnerThenOnlyTheirsByName() {
        User alice = user("alice");
        User bob = user("bob");
        db.persist(alice, bob);
        db.inTransaction(() -> {
            applications.add(owned("z-app", "Zebra", alice));
            applications.add(owned("a-app", "Antelope", alice));
            applications.add(owned("b-app", "Bison", bob));
            applications.add(application("anon", ClientType.PUBLIC, Set.of(), Set.of()));
        });

        List<String> names = db.inTransaction(() -> applications.findByOwner("alice")).stream()
                .map(Application::getName)
                .toList();

        assertEquals(List.of("Antelope", "Zebra"), names);
        assertTrue(db.inTransaction(() -> applications.findByOwner("nobody")).isEmpty());
    }

    @Test
    void whenListedThenNewestFirst() {
        db.inTransaction(() -> {
            applications.add(created("middle", NOW));
            applications.add(created("oldest", NOW.minusSeconds(60)));
            applications.add(created("newest", NOW.plusSeconds(60)));
        });

        assertEquals(
                List.of("newest", "middle", "oldest"),
                db.inTransaction(() -> applications.findAll()).stream()
                        .map(Application::getClientId)
                        .toList());
    }

    @Test
    void whenRedirectUrisReplacedThenTheNewListInItsOrder() {
        Application stored = application("app-1", ClientType.CONFIDENTIAL, Set.of(), Set.of());
        stored.setRedirectUris(List.of("https://a.example/1", "https://a.example/2", "https://a.example/3"));
        db.inTransaction(() -> applications.add(stored));

        List<List<String>> replacements = List.of(
                List.of("https://a.example/3", "https://a.example/1"),
                List.of("https://a.example/1", "https://a.example/3"),
                List.of("https://a.example/1", "https://a.example/3"),
                List.of("https://a.example/4", "https://a.example/1", "https://a.example/5"),
                List.of());
        for (List<String> uris : replacements) {
            db.inTransaction(() -> applications.replaceRedirectUris(
                    applications.findByClientId("app-1").orElseThrow(), uris));

            assertEquals(
                    uris,
                    db.inTransaction(() -> applications.findByClientId("app-1"))
                            .orElseThrow()
                            .getRedirectUris());
        }
    }

    @Test
    void whenChangedInATransactionThenStored() {
        db.inTransaction(() -> applications.add(application("app-1", ClientType.CONFIDENTIAL, Set.of(), Set.of())));

        db.inTransaction(() -> {
            Application application = applications.findByClientId("app-1").orElseThrow();
            application.setStatus(ApplicationStatus.DISABLED);
            application.setScopes(Set.of("email"));
            application.setGrantTypes(Set.of(GrantType.CLIENT_CREDENTIALS));
        });

        Application changed =
                db.inTransaction(() -> applications.findByClientId("app-1")).orElseThrow();
        assertEquals(ApplicationStatus.DISABLED, changed.getStatus());
        assertEquals(Set.of("email"), changed.getScopes());
        assertEquals(Set.of(GrantType.CLIENT_CREDENTIALS), changed.getGrantTypes());
    }

    @Test
    void whenRemovedThenItsGrantsAndTokenRecordsGoWithIt() {
        User alice = user("alice");
        Application doomed = application("doomed", ClientType.CONFIDENTIAL, Set.of(), Set.of("repo:read"));
        Application kept = application("kept", ClientType.CONFIDENTIAL, Set.of(), Set.of("repo:read"));
        AuthorizationGrant grant = new AuthorizationGrant(doomed, alice, Set.of("repo:read"), null, NOW);
        AuthorizationGrant keptGrant = new AuthorizationGrant(kept, alice, Set.of("repo:read"), null, NOW);
        db.persist(
                alice,
                doomed,
                kept,
                grant,
                keptGrant,
                token("a1", grant, doomed, alice),
                token("c1", null, doomed, null),
                token("k1", keptGrant, kept, alice));

        db.inTransaction(
                () -> applications.remove(applications.findByClientId("doomed").orElseThrow()));

        assertTrue(db.inTransaction(() -> applications.findByClientId("doomed")).isEmpty());
        assertEquals(List.of("k1"), db.column("SELECT jti FROM issued_token"));
        assertEquals(List.of(String.valueOf(keptGrant.getId())), db.column("SELECT id FROM authorization_grant"));
        assertEquals(
                List.of(),
                db.column("SELECT uri FROM application_redirect_uri WHERE application_id = " + doomed.getId()));
    }

    private static Application owned(String clientId, String name, User owner) {
        Application application = new Application(
                clientId, name, owner, ClientType.PUBLIC, TokenEndpointAuthMethod.NONE, ApplicationStatus.ACTIVE, NOW);
        application.setRedirectUris(List.of("https://" + clientId + ".example/cb"));
        return application;
    }

    private static Application created(String clientId, Instant createdAt) {
        return new Application(
                clientId,
                clientId,
                null,
                ClientType.PUBLIC,
                TokenEndpointAuthMethod.NONE,
                ApplicationStatus.ACTIVE,
                createdAt);
    }

    private static IssuedToken token(String jti, AuthorizationGrant grant, Application application, User user) {
        return new IssuedToken(
                jti, TokenKind.ACCESS, null, grant, application, user, Set.of("repo:read"), NOW, NOW.plusSeconds(3600));
    }
}
