package dev.grantry.it.authorize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.AuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.Tokens;
import dev.grantry.it.support.Browser;
import dev.grantry.it.support.Callback;
import dev.grantry.it.support.Clients;
import dev.grantry.it.support.Clients.Client;
import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import dev.grantry.it.support.Users;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Nimbus OAuth 2.0 SDK drives the code + PKCE flow knowing only the issuer (RFC 8414 metadata). */
@GrantryIT
class OAuthLibraryClientIT {

    @Test
    void whenLibraryFollowsTheMetadataThenItGetsTokens(Server server, Browser browser, Users users) throws Exception {
        Issuer issuer = new Issuer("http://127.0.0.1:" + System.getProperty("it.port"));
        try (Callback callback = new Callback()) {
            Client client = Clients.confidential(server, "Library Client", callback.uri());
            String user = users.create("library");
            AuthorizationServerMetadata metadata = AuthorizationServerMetadata.resolve(issuer);
            assertTrue(metadata.supportsAuthorizationResponseIssuerParam());

            CodeVerifier verifier = new CodeVerifier();
            State state = new State();
            URI redirectUri = URI.create(callback.uri());
            AuthorizationRequest request = new AuthorizationRequest.Builder(
                            new ResponseType(ResponseType.Value.CODE), new ClientID(client.clientId()))
                    .endpointURI(metadata.getAuthorizationEndpointURI())
                    .redirectionURI(redirectUri)
                    .scope(new Scope("repo:read"))
                    .state(state)
                    .codeChallenge(verifier, CodeChallengeMethod.S256)
                    .build();
            browser.driver().get(request.toURI().toString());
            browser.signIn(user, Users.PASSWORD).press("Authorize");

            AuthorizationResponse response =
                    AuthorizationResponse.parse(URI.create(browser.driver().getCurrentUrl()));
            assertTrue(response.indicatesSuccess(), response.toString());
            AuthorizationSuccessResponse success = response.toSuccessResponse();
            assertEquals(state, success.getState());
            assertEquals(issuer, success.getIssuer());

            TokenResponse tokenResponse = TokenResponse.parse(new TokenRequest.Builder(
                            metadata.getTokenEndpointURI(),
                            new ClientSecretBasic(new ClientID(client.clientId()), new Secret(client.secret())),
                            new AuthorizationCodeGrant(success.getAuthorizationCode(), redirectUri, verifier))
                    .build()
                    .toHTTPRequest()
                    .send());
            assertTrue(
                    tokenResponse.indicatesSuccess(),
                    () -> tokenResponse.toErrorResponse().getErrorObject().toString());
            Tokens tokens = tokenResponse.toSuccessResponse().getTokens();
            assertNotNull(tokens.getBearerAccessToken());
            assertNotNull(tokens.getRefreshToken());
            assertEquals(new Scope("repo:read"), tokens.getAccessToken().getScope());
        }
    }
}
