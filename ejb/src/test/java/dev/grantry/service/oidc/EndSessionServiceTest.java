package dev.grantry.service.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ClientType;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.persistence.testing.TestEntities;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.key.JwtSigner;
import dev.grantry.service.testing.Fixtures;
import dev.grantry.service.testing.RecordedEvents;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EndSessionServiceTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final String BYE = "https://rp.example/bye";

    final TestContainer container = new TestContainer(db, Clock.fixed(NOW, ZoneOffset.UTC), TestSettings.settings());
    final EndSessionService service = container.get(EndSessionService.class);

    {
        Application rp = TestEntities.application(
                "rp", ClientType.CONFIDENTIAL, Set.of(GrantType.AUTHORIZATION_CODE), Set.of("openid"));
        rp.setPostLogoutRedirectUris(List.of(BYE));
        new Fixtures(db, container).store(rp);
    }

    @Test
    void whenTheHintAndARegisteredUriAreSentThenTheRedirectCarriesTheStateAndTheSignOutIsRecorded() {
        RecordedEvents events = new RecordedEvents(db);

        Optional<String> redirect = service.end(new EndSessionRequest(idToken("rp", NOW), null, BYE, "s 1"), "alice");

        assertEquals(Optional.of(BYE + "?state=s+1"), redirect);
        assertEquals(
                List.of("SIGNED_OUT/SUCCESS actor=alice user=alice client=rp detail=RP-initiated logout"),
                events.since());
    }

    @Test
    void whenTheHintHasExpiredThenItStillNamesTheApplication() {
        assertEquals(
                Optional.of(BYE),
                service.end(new EndSessionRequest(idToken("rp", NOW.minusSeconds(86_400)), null, BYE, null), null));
    }

    @Test
    void whenNothingIsSentThenGrantrysOwnSignedOutPage() {
        assertEquals(Optional.empty(), service.end(new EndSessionRequest(null, null, null, null), "alice"));
    }

    @Test
    void whenTheUriIsNotExactlyARegisteredOneThenInvalidRequest() {
        assertRefused(new EndSessionRequest(null, "rp", BYE + "/", null));
        assertRefused(new EndSessionRequest(null, null, BYE, null));
        assertRefused(new EndSessionRequest(null, "nobody", BYE, null));
    }

    @Test
    void whenTheHintIsForeignOrContradictsTheClientIdThenInvalidRequest() {
        assertRefused(new EndSessionRequest("not.a.jwt", null, BYE, null));
        assertRefused(new EndSessionRequest(idToken("other", NOW), "rp", BYE, null));
        String accessTokenLike = container
                .get(JwtSigner.class)
                .sign(new JWTClaimsSet.Builder()
                        .issuer(TestSettings.ISSUER)
                        .audience("rp")
                        .build());
        assertRefused(new EndSessionRequest(accessTokenLike, null, BYE, null));
    }

    private void assertRefused(EndSessionRequest request) {
        assertEquals(
                OAuthError.INVALID_REQUEST,
                assertThrows(OAuthException.class, () -> service.end(request, "alice"))
                        .error());
    }

    private String idToken(String audience, Instant expiresAt) {
        return container
                .get(JwtSigner.class)
                .signIdToken(new JWTClaimsSet.Builder()
                        .issuer(TestSettings.ISSUER)
                        .subject("0b6f")
                        .audience(audience)
                        .expirationTime(Date.from(expiresAt))
                        .build());
    }
}
