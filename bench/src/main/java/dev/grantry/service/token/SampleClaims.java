package dev.grantry.service.token;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.grantry.service.secret.RandomSecrets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** The claims of a typical access token, built by Grantry's own {@link AccessTokenClaims}. */
public final class SampleClaims {

    static final String ISSUER = "http://127.0.0.1:8080";
    static final String CLIENT_ID = RandomSecrets.generate(192);
    static final Set<String> SCOPES = Set.of("repo:read", "repo:write", "user:read");

    private SampleClaims() {}

    /** A fresh access token's claims for user {@code alice}, with a new {@code jti}. */
    public static JWTClaimsSet accessToken() {
        Instant now = Instant.now();
        return AccessTokenClaims.of(
                ISSUER,
                "alice",
                ISSUER,
                CLIENT_ID,
                SCOPES,
                RandomSecrets.generate(128),
                now,
                now.plus(Duration.ofHours(1)));
    }
}
