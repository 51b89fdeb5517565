package dev.grantry.service.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.authorize.Consent;
import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.grant.IssuedToken;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.persistence.user.User;
import dev.grantry.service.testing.Fixtures;
import dev.grantry.service.testing.RecordedEvents;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import dev.grantry.service.token.TokenIssuer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthorizedApplicationServiceTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final Instant NOW = Instant.parse("2026-08-01T12:00:00Z");

    final TestContainer container = at(NOW);
    final AuthorizedApplicationService service = container.get(AuthorizedApplicationService.class);
    final Fixtures stored = new Fixtures(db, container);
    final Application zebra = named(
            stored.confidential(
                    "zebra", "secret", Set.of(GrantType.AUTHORIZATION_CODE), Set.of("repo:read", "user:read")),
            "zebra tracker");
    final Application antelope = named(
            stored.confidential(
                    "antelope", "secret", Set.of(GrantType.AUTHORIZATION_CODE), Set.of("repo:read", "email")),
            "Antelope");
    final Application gnu = named(
            stored.confidential("gnu", "secret", Set.of(GrantType.AUTHORIZATION_CODE), Set.of("repo:read")), "Gnu");
    final User alice = stored.user("alice");
    final User bob = stored.user("bob");

    static TestContainer at(Instant now) {
        return new TestContainer(db, Clock.fixed(now, ZoneOffset.UTC), TestSettings.settings());
    }

    Application named(Application application, String name) {
        db.update(Application.class, application.getId(), a -> a.setName(name));
        return application;
    }

    @Test
    void whenAUserConsentedOrHoldsLiveTokensThenThoseApplicationsByNameWithEveryScopeAndTheirUse() {
        db.persist(new Consent(alice.getId(), zebra.getId(), Set.of("user:read"), NOW));
        at(NOW.minusSeconds(60)).get(TokenIssuer.class).issue(zebra, alice, Set.of("repo:read"), null, true);
        container.get(TokenIssuer.class).issue(zebra, alice, Set.of("repo:read"), null, false);
        container.get(TokenIssuer.class).issue(antelope, alice, Set.of("email"), null, false);
        container.get(TokenIssuer.class).issue(gnu, bob, Set.of("repo:read"), null, false);

        List<AuthorizedApplication> listed = service.list("alice");

        assertEquals(
                List.of(
                        new AuthorizedApplication("antelope", "Antelope", null, Set.of("email"), NOW, NOW),
                        new AuthorizedApplication(
                                "zebra",
                                "zebra tracker",
                                null,
                                Set.of("repo:read", "user:read"),
                                NOW.minusSeconds(60),
                                NOW)),
                listed);
    }

    @Test
    void whenOnlyAConsentIsRememberedThenListedWithoutUse() {
        db.persist(new Consent(alice.getId(), gnu.getId(), Set.of("repo:read"), NOW));

        assertEquals(
                List.of(new AuthorizedApplication("gnu", "Gnu", null, Set.of("repo:read"), null, null)),
                service.list("alice"));
    }

    @Test
    void whenTheTokensExpiredAndNoConsentIsRememberedThenNotListed() {
        container.get(TokenIssuer.class).issue(gnu, alice, Set.of("repo:read"), null, false);

        assertEquals(
                1,
                at(NOW.plus(Duration.ofMinutes(59)))
                        .get(AuthorizedApplicationService.class)
                        .list("alice")
                        .size());
        assertTrue(at(NOW.plus(Duration.ofHours(1)))
                .get(AuthorizedApplicationService.class)
                .list("alice")
                .isEmpty());
        assertTrue(service.list("nobody").isEmpty());
    }

    @Test
    void whenRevokedThenTheConsentIsForgottenAndEveryTokenOfThatUserForThatApplicationRevoked() {
        db.persist(
                new Consent(alice.getId(), zebra.getId(), Set.of("repo:read"), NOW),
                new Consent(alice.getId(), gnu.getId(), Set.of("repo:read"), NOW));
        TokenIssuer issuer = container.get(TokenIssuer.class);
        issuer.issue(zebra, alice, Set.of("repo:read"), null, true);
        issuer.issue(gnu, alice, Set.of("repo:read"), null, true);
        issuer.issue(zebra, bob, Set.of("repo:read"), null, true);

        assertTrue(service.revoke("alice", "zebra"));

        assertEquals(
                List.of("gnu"),
                service.list("alice").stream()
                        .map(AuthorizedApplication::clientId)
                        .toList());
        for (IssuedToken token : db.all(IssuedToken.class)) {
            boolean alicesForZebra = token.getUser().getId().equals(alice.getId())
                    && token.getApplication().getId().equals(zebra.getId());
            assertEquals(alicesForZebra, token.isRevoked(), token.getJti());
        }
    }

    @Test
    void whenTheUserOrTheApplicationIsUnknownThenNothingToRevoke() {
        assertFalse(service.revoke("nobody", "zebra"));
        assertFalse(service.revoke("alice", "no-such-client"));
    }

    @Test
    void whenAUserRevokesAnApplicationThenTheRevocationIsRecordedWithThemAsActor() {
        db.persist(new Consent(alice.getId(), zebra.getId(), Set.of("user:read"), NOW));
        RecordedEvents events = new RecordedEvents(db);

        service.revoke("alice", "zebra");
        service.revoke("alice", "no-such-client");

        assertEquals(
                List.of("CONSENT_REVOKED/SUCCESS actor=alice user=alice client=zebra"
                        + " detail=The consent, the codes and every token of the authorization were revoked"),
                events.since());
    }
}
