package dev.grantry.service.token;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.grantry.persistence.client.ApplicationStatus;
import dev.grantry.persistence.grant.IssuedToken;
import dev.grantry.persistence.grant.IssuedTokenRepository;
import dev.grantry.persistence.grant.TokenKind;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.key.SigningKeys;
import dev.grantry.service.secret.SecretHasher;
import dev.grantry.service.settings.GrantrySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a Grantry access token (RFC 9068 <a href="https://www.rfc-editor.org/rfc/rfc9068#section-4">§4</a>):
 * {@code typ at+jwt}, a signature by a published key, our issuer, not expired — and then its record, so that a
 * revoked token is refused at once on every node (the record is in the database, not in a node's memory). Tokens
 * of a disabled application or user are refused too. An opaque reference access token (one that outlives
 * {@code grantry.token.max-jwt-lifetime}) is its record alone, found by the keyed hash of its value.
 */
@ApplicationScoped
public class AccessTokenVerifier {

    private static final int MAX_LENGTH = 8192;

    @Inject
    SigningKeys keys;

    @Inject
    IssuedTokenRepository tokens;

    @Inject
    SecretHasher hasher;

    @Inject
    GrantrySettings settings;

    @Inject
    Clock clock;

    /** The token when it is live; empty when it is malformed, forged, foreign, expired, revoked or unknown. */
    public Optional<VerifiedAccessToken> verify(String token) {
        if (token == null || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        if (!TokenRecords.isJwt(token)) {
            Instant now = clock.instant();
            return tokens.findByHash(hasher.hash(token))
                    .filter(record -> isLive(record, now))
                    .map(record -> new VerifiedAccessToken(record, settings.tokenAudience()));
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!SigningKeys.ACCESS_TOKEN_TYPE.equals(jwt.getHeader().getType()) || !keys.signed(jwt)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Instant now = clock.instant();
            if (!settings.issuer().equals(claims.getIssuer())
                    || claims.getExpirationTime() == null
                    || !claims.getExpirationTime().toInstant().isAfter(now)
                    || claims.getJWTID() == null) {
                return Optional.empty();
            }
            return tokens.findByJti(claims.getJWTID())
                    .filter(record -> isLive(record, now))
                    .map(record -> new VerifiedAccessToken(
                            record,
                            claims.getAudience().isEmpty()
                                    ? null
                                    : claims.getAudience().get(0)));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The live token, when it holds {@code scope} (RFC 6750
     * <a href="https://www.rfc-editor.org/rfc/rfc6750#section-3.1">§3.1</a>).
     *
     * @throws OAuthException {@code invalid_token} (401) or {@code insufficient_scope} (403)
     */
    public VerifiedAccessToken require(String token, String scope) {
        VerifiedAccessToken access = verify(token)
                .orElseThrow(() -> new OAuthException(
                        OAuthError.INVALID_TOKEN, "The access token is invalid, expired or revoked."));
        if (!access.scopes().contains(scope)) {
            throw new OAuthException(OAuthError.INSUFFICIENT_SCOPE, "The access token lacks the scope " + scope + ".");
        }
        return access;
    }

    private static boolean isLive(IssuedToken record, Instant now) {
        return record.getKind() == TokenKind.ACCESS
                && !record.isRevoked()
                && !record.isExpiredAt(now)
                && isLiveHolder(record);
    }

    /** Whether the token's application is active and its user, if any, enabled: else no token of theirs is live. */
    static boolean isLiveHolder(IssuedToken record) {
        return record.getApplication().getStatus() == ApplicationStatus.ACTIVE
                && (record.getUser() == null || record.getUser().isEnabled());
    }
}
