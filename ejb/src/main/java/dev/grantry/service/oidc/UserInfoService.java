package dev.grantry.service.oidc;

import dev.grantry.persistence.scope.Scopes;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.token.AccessTokenVerifier;
import dev.grantry.service.token.VerifiedAccessToken;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * The UserInfo endpoint's work (OpenID Connect Core 1.0
 * <a href="https://openid.net/specs/openid-connect-core-1_0.html#UserInfo">§5.3</a>): a live access token with
 * {@code openid} that acts for a user gets that user's claims for the token's scopes ({@link UserInfoClaims}).
 */
@Stateless
public class UserInfoService {

    @Inject
    AccessTokenVerifier verifier;

    /**
     * @throws OAuthException {@code invalid_token} (401) when the token is not live or acts for no user,
     *     {@code insufficient_scope} (403) without {@code openid} (RFC 6750 §3.1)
     */
    public Map<String, Object> claims(String accessToken) {
        VerifiedAccessToken token = verifier.require(accessToken, Scopes.OPENID);
        return token.owner()
                .map(user -> UserInfoClaims.of(user, token.scopes()))
                .orElseThrow(() -> new OAuthException(OAuthError.INVALID_TOKEN, "The access token acts for no user."));
    }
}
