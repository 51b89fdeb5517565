package dev.grantry.service.client;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import java.util.List;

/**
 * Checks an application's OpenID Connect metadata ({@link OpenIdClientMetadata}): post-logout redirect URIs follow
 * the redirect URI rules ({@link RedirectUriPolicy}); the ID token algorithm can only be the one Grantry's keys sign
 * with, since every ID token is signed by the one active key; {@code default_max_age} is a number of seconds.
 */
final class OpenIdClientRules {

    static final int MAX_POST_LOGOUT_REDIRECT_URIS = 5;
    /** Ten years: any longer is no limit at all. */
    static final int MAX_DEFAULT_MAX_AGE = 315_360_000;

    private OpenIdClientRules() {}

    /**
     * @param signingAlgorithm the algorithm of the signing keys ({@code RS256} or {@code ES256})
     * @return the metadata with trimmed URIs, without duplicates, and the algorithm filled in
     * @throws OAuthException {@code invalid_client_metadata} or {@code invalid_redirect_uri}
     */
    static OpenIdClientMetadata check(OpenIdClientMetadata requested, String signingAlgorithm) {
        String algorithm = MetadataRules.trimToNull(requested.idTokenSignedResponseAlg());
        if (algorithm != null && !algorithm.equals(signingAlgorithm)) {
            throw invalid("id_token_signed_response_alg can only be " + signingAlgorithm + ", the algorithm of "
                    + "Grantry's signing keys.");
        }
        Integer maxAge = requested.defaultMaxAge();
        if (maxAge != null && (maxAge < 0 || maxAge > MAX_DEFAULT_MAX_AGE)) {
            throw invalid("default_max_age is a number of seconds from 0 to " + MAX_DEFAULT_MAX_AGE + ".");
        }
        List<String> postLogoutRedirectUris = MetadataRules.checkUris(
                requested.postLogoutRedirectUris(), MAX_POST_LOGOUT_REDIRECT_URIS, "post-logout redirect URIs");
        return new OpenIdClientMetadata(postLogoutRedirectUris, null, maxAge);
    }

    private static OAuthException invalid(String description) {
        return new OAuthException(OAuthError.INVALID_CLIENT_METADATA, description);
    }
}
