package dev.grantry.it.support;

import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;

/** What tests need to know about Grantry's JWT access tokens (RFC 9068) beyond what the protocol answers. */
public final class AccessTokens {

    /** {@code exp} has whole seconds, and the checks that follow may round; this much later it has surely passed. */
    private static final Duration MARGIN = Duration.ofMillis(1500);

    private AccessTokens() {}

    /** Returns once {@code accessToken}'s {@code exp} has passed, so that it is seen expired. */
    public static void awaitExpiry(String accessToken) throws InterruptedException {
        Instant expiry;
        try {
            expiry = SignedJWT.parse(accessToken)
                    .getJWTClaimsSet()
                    .getExpirationTime()
                    .toInstant();
        } catch (ParseException e) {
            throw new IllegalArgumentException("Not a JWT: " + accessToken, e);
        }
        Thread.sleep(
                Math.max(0, Duration.between(Instant.now(), expiry).plus(MARGIN).toMillis()));
    }
}
