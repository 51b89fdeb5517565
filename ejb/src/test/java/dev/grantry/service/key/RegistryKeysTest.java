package dev.grantry.service.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.grantry.persistence.key.SigningKey;
import dev.grantry.persistence.key.SigningKeyStatus;
import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.service.testing.PemCertificates;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The keys as registries see them: a certificate per key whose tokens may live, tokens naming its libtrust id. */
class RegistryKeysTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    private final TestContainer container = new TestContainer(
            db, Clock.systemUTC(), TestSettings.settings(Map.of("grantry.token.signing-algorithm", "ES256")));
    private final SigningKeys keys = container.get(SigningKeys.class);

    @Test
    void whenAnEs256KeySignsARegistryTokenThenItsSelfSignedCertificateVerifiesIt() throws Exception {
        String token = container
                .get(JwtSigner.class)
                .signRegistryToken(new JWTClaimsSet.Builder().subject("alice").build());

        X509Certificate certificate = PemCertificates.parse(
                        container.get(RegistryCertificates.class).pem())
                .get(0);
        certificate.verify(certificate.getPublicKey());
        certificate.checkValidity();
        assertEquals("SHA256withECDSA", certificate.getSigAlgName());
        SignedJWT jwt = SignedJWT.parse(token);
        assertEquals(JWSAlgorithm.ES256, jwt.getHeader().getAlgorithm());
        assertEquals(JOSEObjectType.JWT, jwt.getHeader().getType());
        assertEquals(
                LibtrustKeyId.of(certificate.getPublicKey()), jwt.getHeader().getKeyID());
        assertTrue(jwt.verify(new ECDSAVerifier((ECPublicKey) certificate.getPublicKey())));
    }

    @Test
    void whenRotatedThenTheBundleHoldsTheActiveAndPreviousKeysAndNewTokensNameTheNewKey() throws Exception {
        String before = keys.activeForRegistry().kid();

        keys.rotate("admin");

        List<X509Certificate> bundle =
                PemCertificates.parse(container.get(RegistryCertificates.class).pem());
        assertEquals(2, bundle.size());
        String after = keys.activeForRegistry().kid();
        assertNotEquals(before, after);
        assertEquals(
                List.of(after, before),
                bundle.stream().map(c -> LibtrustKeyId.of(c.getPublicKey())).toList());
    }

    @Test
    void whenRotatedTwiceWithinATokensLifetimeThenTheRetiredKeyStaysInTheBundleUntilItsTokensHaveExpired() {
        Instant t0 = Instant.parse("2026-08-01T12:00:00Z");
        Duration lifetime = Duration.ofMinutes(5);
        SigningKey oldest = key("a", SigningKeyStatus.RETIRED, t0);
        SigningKey previous = key("b", SigningKeyStatus.PREVIOUS, t0.plusSeconds(60));
        SigningKey active = key("c", SigningKeyStatus.ACTIVE, t0.plusSeconds(120));
        List<SigningKey> newestFirst = List.of(active, previous, oldest);

        assertEquals(
                List.of("c", "b", "a"),
                kids(RegistryCertificates.trusted(newestFirst, t0.plusSeconds(120), lifetime)),
                "a stopped signing at t0+60s: its tokens live until t0+360s");
        assertEquals(List.of("c", "b"), kids(RegistryCertificates.trusted(newestFirst, t0.plusSeconds(360), lifetime)));
    }

    private static SigningKey key(String kid, SigningKeyStatus status, Instant createdAt) {
        return new SigningKey(kid, "ES256", "{}", "x", status, createdAt);
    }

    private static List<String> kids(List<SigningKey> keys) {
        return keys.stream().map(SigningKey::getKid).toList();
    }

    @Test
    void whenAKeyIdIsDerivedThenItIsTwelveGroupsOfFourBase32Characters() throws Exception {
        keys.active(); // the first key, as Grantry makes it at start-up
        String kid = LibtrustKeyId.of(
                PemCertificates.parse(container.get(RegistryCertificates.class).pem())
                        .get(0)
                        .getPublicKey());

        assertTrue(kid.matches("([A-Z2-7]{4}:){11}[A-Z2-7]{4}"), kid);
    }
}
