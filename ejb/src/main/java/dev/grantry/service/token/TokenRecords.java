package dev.grantry.service.token;

import com.nimbusds.jwt.SignedJWT;
import dev.grantry.persistence.grant.IssuedToken;
import dev.grantry.persistence.grant.IssuedTokenRepository;
import dev.grantry.service.secret.SecretHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.Optional;

/** Finds the record of a token as a client presents it, whatever its kind. */
@ApplicationScoped
public class TokenRecords {

    @Inject
    IssuedTokenRepository tokens;

    @Inject
    SecretHasher hasher;

    /**
     * Whether {@code token} has the form of a JWT (an access token); otherwise it is opaque: a refresh token or a
     * reference access token.
     */
    static boolean isJwt(String token) {
        return token.chars().filter(c -> c == '.').count() == 2;
    }

    /**
     * The record of a JWT access token (by the {@code jti} of the JWT, whose signature is NOT checked here: use it to
     * find a client's own token, never to trust one) or of an opaque token (by its keyed hash).
     */
    public Optional<IssuedToken> find(String token) {
        if (isJwt(token)) {
            try {
                String jti = SignedJWT.parse(token).getJWTClaimsSet().getJWTID();
                return jti == null ? Optional.empty() : tokens.findByJti(jti);
            } catch (ParseException e) {
                return Optional.empty();
            }
        }
        return tokens.findByHash(hasher.hash(token));
    }
}
