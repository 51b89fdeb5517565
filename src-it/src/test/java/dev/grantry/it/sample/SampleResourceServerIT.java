package dev.grantry.it.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.grantry.it.support.AccessTokens;
import dev.grantry.it.support.Clients;
import dev.grantry.it.support.Clients.Client;
import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import dev.grantry.it.support.ServerLog;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The sample resource server, deployed beside Grantry and configured only with the issuer and JWKS URL of the Grantry
 * under test ({@code MP_JWT_VERIFY_ISSUER}, {@code MP_JWT_VERIFY_PUBLICKEY_LOCATION}), accepts Grantry's access
 * tokens and refuses every other token. The server's log shows each refusal's reason, and the tests assert it, so a
 * 401 for the wrong reason fails them. Payara checks a token's issuer before its signature, so a token altered in
 * that claim is refused for its issuer.
 *
 * <p>The failsafe execution {@code configured} in {@code src-it/pom.xml} deploys the sample and runs this class
 * against a Grantry whose access tokens live seconds, so that a real token expires during the test; the default
 * execution excludes it.
 */
@GrantryIT
class SampleResourceServerIT {

    private static final String REPOSITORIES = "/api/repositories";

    private final Server grantry;
    private final Server api;
    private final ServerLog log;

    SampleResourceServerIT(Server grantry, ServerLog log) {
        this.grantry = grantry;
        this.api = grantry.deployedAt("/sample-resource-server");
        this.log = log;
    }

    @Test
    void whenAnotherApplicationIsDeployedBesideGrantryThenReadinessListsGrantrysOwnCheckUp() {
        HttpResponse<String> response = grantry.get("/health/ready");

        assertEquals(200, response.statusCode(), response::body);
        JsonObject health = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals("UP", health.getString("status"));
        JsonObject check = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("grantry"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no grantry check: " + response.body()));
        assertEquals("UP", check.getString("status"));
    }

    @Test
    void whenGrantryTokenHasRepoReadThen200NamingTheClient() {
        Client client = Clients.machine(grantry, "Repository reader", "repo:read");

        HttpResponse<String> response = call(Clients.clientCredentialsToken(grantry, client));

        assertEquals(200, response.statusCode(), response::body);
        JsonObject json = json(response);
        assertEquals(client.clientId(), json.getString("caller"));
        assertEquals(client.clientId(), json.getString("subject"));
        assertEquals("repo:read", json.getString("scope"));
        assertEquals(2, json.getJsonArray("repositories").size());
    }

    @Test
    void whenNoTokenThen401() {
        HttpResponse<String> response = api.get(REPOSITORIES);

        assertEquals(401, response.statusCode(), response::body);
    }

    @Test
    void whenTokenWithoutRepoReadThen403() {
        String token = Clients.clientCredentialsToken(grantry, Clients.machine(grantry, "User reader", "user:read"));

        HttpResponse<String> response = call(token);

        assertEquals(403, response.statusCode(), response::body);
    }

    @Test
    void whenSignatureTamperedThen401ForTheSignature() {
        String token = repoReadToken();
        int at = token.lastIndexOf('.') + 20;
        String tampered = token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);

        assertRefused(tampered, "Signature of the JWT token is invalid");
    }

    @Test
    void whenPayloadTamperedThen401ForTheSignature() {
        String token = withClaims(
                repoReadToken(),
                claims -> new JWTClaimsSet.Builder(claims)
                        .claim("upn", "admin")
                        .subject("admin")
                        .build());

        assertRefused(token, "Signature of the JWT token is invalid");
    }

    @Test
    void whenSignedWithAKeyOutsideGrantrysJwksThen401ForTheSignature() throws Exception {
        SignedJWT genuine = SignedJWT.parse(repoReadToken());
        RSAKey foreign = new RSAKeyGenerator(2048).generate();
        SignedJWT forged = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(JOSEObjectType.JWT)
                        .keyID(genuine.getHeader().getKeyID())
                        .build(),
                unexpired(genuine.getJWTClaimsSet()));
        forged.sign(new RSASSASigner(foreign));

        assertRefused(forged.serialize(), "Signature of the JWT token is invalid");
    }

    @Test
    void whenKeyIdIsNotInGrantrysJwksThen401() throws Exception {
        SignedJWT forged = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(JOSEObjectType.JWT)
                        .keyID("not-a-grantry-key")
                        .build(),
                unexpired(SignedJWT.parse(repoReadToken()).getJWTClaimsSet()));
        forged.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));

        assertRefused(forged.serialize(), "No matching JWK for KeyID");
    }

    /**
     * The claims of a Grantry token, valid for another five minutes: the tokens of this execution live 5 seconds,
     * which a busy machine can spend before the forged copy is sent, and the sample would then refuse it for its
     * expiry before looking at its signature.
     */
    private static JWTClaimsSet unexpired(JWTClaimsSet claims) {
        return new JWTClaimsSet.Builder(claims)
                .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(5))))
                .build();
    }

    @Test
    void whenGrantryTokenExpiresThen401ForTheExpiry() throws Exception {
        String token = repoReadToken();
        assertEquals(200, call(token).statusCode(), "accepted while it lives");

        AccessTokens.awaitExpiry(token);

        assertRefused(token, "JWT token expired");
    }

    @Test
    void whenIssuerIsAnotherThen401ForTheIssuer() {
        String token = withClaims(
                repoReadToken(),
                claims -> new JWTClaimsSet.Builder(claims)
                        .issuer("https://another-issuer.example")
                        .build());

        assertRefused(token, "Bad issuer");
    }

    private String repoReadToken() {
        return Clients.clientCredentialsToken(grantry, Clients.machine(grantry, "Repository reader", "repo:read"));
    }

    private HttpResponse<String> call(String token) {
        return api.send(api.request(REPOSITORIES)
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
    }

    /** Refused with 401, and the server logged {@code reason} for it. */
    private void assertRefused(String token, String reason) {
        int mark = log.text().length();

        HttpResponse<String> response = call(token);

        assertEquals(401, response.statusCode(), response::body);
        assertTrue(
                log.logsAfter(mark, reason),
                () -> "no \"" + reason + "\" in " + log.text().substring(mark));
    }

    /** {@code token} with its claims changed by {@code change}, keeping Grantry's header and signature. */
    private static String withClaims(String token, UnaryOperator<JWTClaimsSet> change) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            JWTClaimsSet changed = change.apply(jwt.getJWTClaimsSet());
            return jwt.getHeader().toBase64URL() + "." + Base64URL.encode(changed.toString()) + "."
                    + jwt.getSignature();
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
