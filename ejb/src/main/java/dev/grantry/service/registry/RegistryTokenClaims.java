package dev.grantry.service.registry;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The claims of a registry token (Docker Registry v2
 * <a href="https://distribution.github.io/distribution/spec/auth/jwt/">JWT</a>): {@code iss} (Grantry's issuer,
 * the registry's {@code auth.token.issuer}), {@code sub} (who asked), {@code aud} (the service, one string as
 * Distribution 2.8 reads it), {@code exp}, {@code nbf}, {@code iat}, a fresh {@code jti}, and {@code access}: the
 * granted actions per repository, an empty list when nothing was granted.
 */
final class RegistryTokenClaims {

    private RegistryTokenClaims() {}

    static JWTClaimsSet of(
            String issuer,
            String subject,
            String service,
            List<RegistryScope> granted,
            Instant now,
            Duration lifetime) {
        List<Map<String, Object>> access = granted.stream()
                .map(scope -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("type", scope.type());
                    entry.put("name", scope.name());
                    entry.put("actions", scope.actions().stream().sorted().toList());
                    return entry;
                })
                .toList();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience(service)
                .expirationTime(Date.from(now.plus(lifetime)))
                .notBeforeTime(Date.from(now))
                .issueTime(Date.from(now))
                .jwtID(UUID.randomUUID().toString())
                .claim("access", access)
                .build();
    }
}
