package dev.grantry.it.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.AccessTokenValidator;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import dev.grantry.it.support.Browser;
import dev.grantry.it.support.Callback;
import dev.grantry.it.support.Clients;
import dev.grantry.it.support.Clients.Client;
import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import dev.grantry.it.support.Users;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A relying party signs in with the Nimbus OpenID Connect SDK knowing only the issuer (Discovery 1.0), validates the
 * ID token against the published keys with the SDK's {@code IDTokenValidator}, reads UserInfo, and refreshes.
 */
@GrantryIT
class OpenIdConnectIT {

    static final String SCOPE = "openid profile email repo:read";

    private final Server server;
    private final Browser browser;
    private final Users users;
    private final Callback callback = new Callback();
    private final Issuer issuer = new Issuer("http://127.0.0.1:" + System.getProperty("it.port"));

    OpenIdConnectIT(Server server, Browser browser, Users users) {
        this.server = server;
        this.browser = browser;
        this.users = users;
    }

    @AfterEach
    void close() {
        callback.close();
    }

    @Test
    void whenTheRelyingPartySignsInThenItsIdTokenValidatesAgainstTheKeysAndUserInfoNamesTheSameSubject()
            throws Exception {
        OIDCProviderMetadata provider = OIDCProviderMetadata.resolve(issuer);
        Client client = relyingParty("Sign-in App");
        String user = users.create("oidc");
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        State state = new State();
        Instant beforeSignIn = Instant.now().minusSeconds(1);

        browser.driver().get(signIn(provider, client, state, nonce, verifier).toString());
        browser.signIn(user, Users.PASSWORD).press("Authorize");
        AuthenticationResponse response = AuthenticationResponseParser.parse(URI.create(currentUrl()));
        assertTrue(response.indicatesSuccess(), response::toString);
        AuthenticationSuccessResponse success = response.toSuccessResponse();
        assertEquals(state, success.getState());
        OIDCTokens tokens = redeem(provider, client, success.getAuthorizationCode(), verifier);

        IDTokenValidator validator = new IDTokenValidator(
                issuer,
                new ClientID(client.clientId()),
                JWSAlgorithm.RS256,
                provider.getJWKSetURI().toURL());
        IDTokenClaimsSet claims = validator.validate(tokens.getIDToken(), nonce);
        assertNotEquals(user, claims.getSubject().getValue(), "sub is not the username");
        assertEquals(
                List.of(client.clientId()),
                claims.getAudience().stream().map(Object::toString).toList());
        assertEquals(client.clientId(), claims.getAuthorizedParty().getValue());
        assertTrue(!claims.getAuthenticationTime().toInstant().isBefore(beforeSignIn.minusSeconds(1)));
        AccessTokenValidator.validate(tokens.getAccessToken(), JWSAlgorithm.RS256, claims.getAccessTokenHash());

        UserInfo userInfo = userInfo(provider, tokens.getBearerAccessToken());
        assertEquals(claims.getSubject(), userInfo.getSubject());
        assertEquals(user, userInfo.getPreferredUsername());
        assertNotNull(userInfo.getUpdatedTime());

        OIDCTokens refreshed = refresh(provider, client, tokens);
        IDTokenClaimsSet again = validator.validate(refreshed.getIDToken(), nonce);
        assertEquals(claims.getSubject(), again.getSubject());
        assertEquals(claims.getAuthenticationTime(), again.getAuthenticationTime());
    }

    @Test
    void whenTheRelyingPartySendsNoNonceThenTheIdTokenCarriesNoneAndStillValidates() throws Exception {
        OIDCProviderMetadata provider = OIDCProviderMetadata.resolve(issuer);
        Client client = relyingParty("No Nonce App");
        String user = users.create("oidc");
        CodeVerifier verifier = new CodeVerifier();

        browser.driver()
                .get(signIn(provider, client, new State(), null, verifier).toString());
        browser.signIn(user, Users.PASSWORD).press("Authorize");
        AuthorizationCode code = AuthenticationResponseParser.parse(URI.create(currentUrl()))
                .toSuccessResponse()
                .getAuthorizationCode();
        JWT idToken = redeem(provider, client, code, verifier).getIDToken();

        IDTokenClaimsSet claims = new IDTokenValidator(
                        issuer,
                        new ClientID(client.clientId()),
                        JWSAlgorithm.RS256,
                        provider.getJWKSetURI().toURL())
                .validate(idToken, null);
        assertEquals(null, claims.getNonce());
    }

    /** A confidential client allowed OpenID Connect's scopes, codes and refresh tokens, redirecting to the callback. */
    Client relyingParty(String name) {
        return Clients.register(
                server,
                name,
                "client_secret_basic",
                SCOPE,
                List.of("authorization_code", "refresh_token"),
                callback.uri());
    }

    private URI signIn(OIDCProviderMetadata provider, Client client, State state, Nonce nonce, CodeVerifier verifier) {
        return new AuthenticationRequest.Builder(
                        new ResponseType(ResponseType.Value.CODE),
                        new Scope(SCOPE.split(" ")),
                        new ClientID(client.clientId()),
                        URI.create(callback.uri()))
                .endpointURI(provider.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build()
                .toURI();
    }

    private OIDCTokens redeem(
            OIDCProviderMetadata provider, Client client, AuthorizationCode code, CodeVerifier verifier)
            throws Exception {
        return tokens(new TokenRequest.Builder(
                        provider.getTokenEndpointURI(),
                        authentication(client),
                        new AuthorizationCodeGrant(code, URI.create(callback.uri()), verifier))
                .build());
    }

    private OIDCTokens refresh(OIDCProviderMetadata provider, Client client, OIDCTokens tokens) throws Exception {
        return tokens(new TokenRequest.Builder(
                        provider.getTokenEndpointURI(),
                        authentication(client),
                        new RefreshTokenGrant(tokens.getRefreshToken()))
                .build());
    }

    private static OIDCTokens tokens(TokenRequest request) throws Exception {
        TokenResponse response =
                OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
        assertTrue(
                response.indicatesSuccess(),
                () -> response.toErrorResponse().getErrorObject().toString());
        return ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens();
    }

    private static UserInfo userInfo(OIDCProviderMetadata provider, BearerAccessToken token) throws Exception {
        UserInfoResponse response = UserInfoResponse.parse(new UserInfoRequest(provider.getUserInfoEndpointURI(), token)
                .toHTTPRequest()
                .send());
        assertTrue(response.indicatesSuccess(), response::toString);
        return response.toSuccessResponse().getUserInfo();
    }

    private static ClientSecretBasic authentication(Client client) {
        return new ClientSecretBasic(new ClientID(client.clientId()), new Secret(client.secret()));
    }

    private String currentUrl() {
        return browser.driver().getCurrentUrl();
    }
}
