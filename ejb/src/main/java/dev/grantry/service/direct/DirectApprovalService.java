package dev.grantry.service.direct;

import dev.grantry.service.error.OAuthException;
import dev.grantry.service.token.IssuedTokens;
import dev.grantry.service.user.BasicCredentials;
import dev.grantry.service.user.SignInResult;
import dev.grantry.service.user.SignInService;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Quay's direct OAuth approval ({@code POST /oauth/authorizeapp}): a tool whose client id is in
 * {@code GRANTRY_DIRECT_OAUTH_CLIENTID_WHITELIST} sends the user's credentials as HTTP Basic and gets an access token
 * for that user at once, in the fragment of its registered redirect URI. The credentials go through the same
 * sign-in as the login page, so failures count toward the lockout; the token is issued like any other. A client not
 * on the list, or pending approval, is recorded as refused in the audit trail.
 *
 * <p>Three transactions one after the other, none inside another: {@link DirectApprovalSteps} checks the request in
 * one, signing in commits its own (failures count whatever follows), and {@link DirectApprovalSteps} issues in a
 * third; this bean itself touches no database. Suspending a transaction for the sign-in's made GlassFish 7's
 * connection pools fail under concurrent requests.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DirectApprovalService {

    @Inject
    SignInService signIn;

    @Inject
    DirectApprovalSteps steps;

    /**
     * @param authorization the {@code Authorization: Basic} header carrying the user's credentials
     * @param scope the scopes, separated by commas (as Quay's example) or spaces
     * @param clientAddress the caller's IP address, which failed sign-ins are counted against too
     * @return the redirect URI with {@code #access_token=…&token_type=Bearer&expires_in=…}
     * @throws OAuthException 403 for a client not whitelisted, 400 for an unregistered redirect URI or a scope the
     *         application may not ask for, 401 with a Basic challenge for missing or wrong credentials
     */
    public String approve(
            String authorization, String clientId, String redirectUri, String scope, String clientAddress) {
        Set<String> scopes = steps.checkRequest(clientId, redirectUri, scope);
        BasicCredentials credentials = BasicCredentials.parse(authorization)
                .orElseThrow(() -> OAuthException.ownerUnauthenticated("Send the user's credentials as HTTP Basic."));
        SignInResult result = signIn.signIn(credentials.userId(), credentials.password(), clientAddress);
        if (result.outcome() != SignInResult.Outcome.SIGNED_IN) {
            throw OAuthException.ownerUnauthenticated(result.refusalMessage());
        }
        IssuedTokens token = steps.issue(clientId, result.user().getUsername(), scopes);
        return redirectUri + "#access_token=" + token.accessToken() + "&token_type=" + token.tokenType()
                + "&expires_in=" + token.expiresIn();
    }
}
