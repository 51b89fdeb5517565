package dev.grantry.it.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.grantry.it.support.Clients;
import dev.grantry.it.support.Clients.Client;
import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The client_credentials grant (RFC 6749 §4.4) over HTTP, for clients registered through RFC 7591. */
@GrantryIT
class ClientCredentialsIT {

    private final Server server;
    private final Client machine;

    ClientCredentialsIT(Server server) {
        this.server = server;
        this.machine = Clients.machine(server, "Token IT", "repo:read repo:write");
    }

    @Test
    void whenClientAuthenticatesWithBasicThenJwtAccessTokenVerifiesAgainstJwksWithEveryClaim() throws Exception {
        HttpResponse<String> response = post(
                "/oauth/token",
                "application/x-www-form-urlencoded",
                "grant_type=client_credentials",
                machine.basicAuthorization());

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("no-cache", response.headers().firstValue("Pragma").orElseThrow());
        JsonObject body = json(response);
        assertEquals("Bearer", body.getString("token_type"));
        assertEquals(3600, body.getInt("expires_in"));
        assertEquals("repo:read repo:write", body.getString("scope"));
        assertFalse(body.containsKey("refresh_token"));
        SignedJWT jwt = SignedJWT.parse(body.getString("access_token"));
        assertEquals(new JOSEObjectType("at+jwt"), jwt.getHeader().getType());
        assertEquals("RS256", jwt.getHeader().getAlgorithm().getName());
        RSAKey key = (RSAKey) JWKSet.parse(server.get("/oauth/jwks").body())
                .getKeyByKeyId(jwt.getHeader().getKeyID());
        assertNotNull(key, "the token's kid is in the JWKS");
        assertTrue(jwt.verify(new RSASSAVerifier(key)));
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        String issuer = server.url("");
        assertEquals(issuer, claims.getIssuer());
        assertEquals(machine.clientId(), claims.getSubject());
        assertEquals(List.of(issuer), claims.getAudience());
        assertEquals(
                3600,
                (claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()) / 1000);
        assertTrue(Math.abs(claims.getIssueTime().getTime() - System.currentTimeMillis()) < 60_000);
        assertFalse(claims.getJWTID().isBlank());
        assertEquals(machine.clientId(), claims.getStringClaim("client_id"));
        assertEquals("repo:read repo:write", claims.getStringClaim("scope"));
        assertEquals(machine.clientId(), claims.getStringClaim("upn"));
        assertEquals(List.of("repo:read", "repo:write"), claims.getStringListClaim("groups"));
    }

    @Test
    void whenSecretIsPostedThenClientSecretPostWorksWithNarrowerScope() {
        HttpResponse<String> response = server.postForm(
                "/oauth/token",
                Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        machine.clientId(),
                        "client_secret",
                        machine.secret(),
                        "scope",
                        "repo:read"));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("repo:read", json(response).getString("scope"));
    }

    @Test
    void whenJsonBodyIsSentToGiteaAliasThenSameAnswer() {
        String body = Json.createObjectBuilder()
                .add("grant_type", "client_credentials")
                .add("client_id", machine.clientId())
                .add("client_secret", machine.secret())
                .build()
                .toString();

        HttpResponse<String> response = post("/login/oauth/access_token", "application/json", body, null);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("Bearer", json(response).getString("token_type"));
    }

    @Test
    void whenEachTokenIsIssuedThenItHasItsOwnJti() throws Exception {
        String first = json(post(
                        "/oauth/token",
                        "application/x-www-form-urlencoded",
                        "grant_type=client_credentials",
                        machine.basicAuthorization()))
                .getString("access_token");
        String second = json(post(
                        "/oauth/token",
                        "application/x-www-form-urlencoded",
                        "grant_type=client_credentials",
                        machine.basicAuthorization()))
                .getString("access_token");

        assertFalse(SignedJWT.parse(first)
                .getJWTClaimsSet()
                .getJWTID()
                .equals(SignedJWT.parse(second).getJWTClaimsSet().getJWTID()));
    }

    @Test
    void whenSecretIsWrongThenInvalidClientChallengingBasicOnlyWhenBasicWasUsed() {
        Client wrong = new Client(machine.clientId(), "wrong", machine.name(), List.of(), null);

        HttpResponse<String> basic = post(
                "/oauth/token",
                "application/x-www-form-urlencoded",
                "grant_type=client_credentials",
                wrong.basicAuthorization());
        HttpResponse<String> posted = server.postForm(
                "/oauth/token",
                Map.of("grant_type", "client_credentials", "client_id", machine.clientId(), "client_secret", "wrong"));

        assertError(basic, 401, "invalid_client");
        assertTrue(basic.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));
        assertError(posted, 401, "invalid_client");
        assertTrue(posted.headers().firstValue("WWW-Authenticate").isEmpty());
    }

    @Test
    void whenBothAuthenticationMethodsAreUsedThenInvalidRequest() {
        HttpResponse<String> response = post(
                "/oauth/token",
                "application/x-www-form-urlencoded",
                "grant_type=client_credentials&client_secret=" + machine.secret(),
                machine.basicAuthorization());

        assertError(response, 400, "invalid_request");
    }

    @Test
    void whenScopeIsNotRegisteredThenInvalidScope() {
        HttpResponse<String> response = post(
                "/oauth/token",
                "application/x-www-form-urlencoded",
                "grant_type=client_credentials&scope=repo%3Aadmin",
                machine.basicAuthorization());

        assertError(response, 400, "invalid_scope");
    }

    @Test
    void whenClientIsNotAllowedTheGrantThenUnauthorizedClient() {
        Client web = Clients.register(
                server,
                "Token IT",
                "client_secret_basic",
                "repo:read",
                List.of("authorization_code"),
                "https://client.example/cb");

        HttpResponse<String> response = post(
                "/oauth/token",
                "application/x-www-form-urlencoded",
                "grant_type=client_credentials",
                web.basicAuthorization());

        assertError(response, 400, "unauthorized_client");
    }

    @Test
    void whenRefreshTokenIsUnknownThenInvalidGrant() {
        Client refreshing = Clients.registerAsAdministrator(
                server, "Token IT", "client_secret_basic", "repo:read", List.of("client_credentials", "refresh_token"));

        HttpResponse<String> response = post(
                "/oauth/token",
                "application/x-www-form-urlencoded",
                "grant_type=refresh_token&refresh_token=not-a-real-token",
                refreshing.basicAuthorization());

        assertError(response, 400, "invalid_grant");
    }

    private HttpResponse<String> post(String path, String contentType, String body, String authorization) {
        HttpRequest.Builder request = server.request(path)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return server.send(request.build());
    }

    private static void assertError(HttpResponse<String> response, int status, String error) {
        assertEquals(status, response.statusCode(), response::body);
        assertEquals(error, json(response).getString("error"), response.body());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
