package dev.grantry.service.key;

import dev.grantry.persistence.key.SigningKey;
import dev.grantry.persistence.key.SigningKeyStatus;
import dev.grantry.service.settings.GrantrySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The PEM bundle that registries configure as {@code auth.token.rootcertbundle}: a self-signed certificate for each
 * key whose registry tokens may still be live — the active and previous keys, and a retired key until the registry
 * tokens it signed have expired (it stopped signing when the key after it was made; none lives longer than
 * {@code grantry.registry.token-lifetime}). The bundle is made again only when that set of keys changes.
 */
@ApplicationScoped
public class RegistryCertificates {

    /** Lets a registry whose clock is behind accept a certificate made just now. */
    private static final Duration CLOCK_SKEW = Duration.ofHours(1);

    private static final Duration CERTIFICATE_LIFETIME = Duration.ofDays(3650);

    @Inject
    SigningKeyStore store;

    @Inject
    KeyEncryption encryption;

    @Inject
    GrantrySettings settings;

    @Inject
    Clock clock;

    private volatile Bundle bundle;

    /** The certificates, newest key first, in PEM (RFC 7468). */
    public String pem() {
        List<SigningKey> trusted = trusted(store.everyKey(), clock.instant(), settings.registryTokenLifetime());
        List<String> kids = trusted.stream().map(SigningKey::getKid).toList();
        Bundle current = bundle;
        if (current == null || !current.kids().equals(kids)) {
            current = new Bundle(kids, trusted.stream().map(this::certificate).collect(Collectors.joining()));
            bundle = current;
        }
        return current.pem();
    }

    /** Of {@code newestFirst}, the keys whose registry tokens may be live at {@code now}. */
    static List<SigningKey> trusted(List<SigningKey> newestFirst, Instant now, Duration tokenLifetime) {
        List<SigningKey> trusted = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            SigningKey key = newestFirst.get(i);
            if (key.getStatus() != SigningKeyStatus.RETIRED
                    || (i > 0
                            && now.isBefore(
                                    newestFirst.get(i - 1).getCreatedAt().plus(tokenLifetime)))) {
                trusted.add(key);
            }
        }
        return trusted;
    }

    private String certificate(SigningKey key) {
        return SelfSignedCertificate.pem(SelfSignedCertificate.issue(
                RegistryKeys.keyPair(KeyMaterial.parse(encryption.decrypt(key.getEncryptedPrivateJwk(), key.getKid()))),
                "Grantry registry token key " + key.getKid(),
                BigInteger.valueOf(key.getCreatedAt().toEpochMilli()),
                key.getCreatedAt().minus(CLOCK_SKEW),
                key.getCreatedAt().plus(CERTIFICATE_LIFETIME)));
    }

    private record Bundle(List<String> kids, String pem) {}
}
