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
import dev.grantry.it.support.Clients.Client;
import dev.grantry.it.support.Clients;
import dev.grantry.it.support.GrantryDeployment;
import dev.grantry.it.support.MicroProcess;
import dev.grantry.it.support.Server;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sample resource server, configured only with the issuer and JWKS URL of the Grantry under test, accepts
 * Grantry's access tokens and refuses every other token. The sample's log shows each refusal's reason, and the tests
 * assert it, so a 401 for the wrong reason fails them. Payara checks a token's issuer before its signature, so a
 * token altered in that claim is refused for its issuer.
 *
 * <p>{@code src-it/pom.xml} runs this class alone against a Grantry whose access tokens live
 * {@code it.token.access-lifetime} (seconds, so that a real token expires during the test); the default run excludes
 * it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SampleResourceServerIT {

    private static final int GRANTRY_PORT = Integer.getInteger("it.port");
    private static final String ISSUER = "http://127.0.0.1:" + GRANTRY_PORT;
    private static final String REPOSITORIES = "/api/repositories";

    private static MicroProcess sample;
    private static Server api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return GrantryDeployment.war();
    }

    @ArquillianResource
    URL deploymentUrl;

    Server grantry;

    @BeforeAll
    static void startSample() throws Exception {
        sample = MicroProcess.start(Path.of(System.getProperty("sample.war")), GRANTRY_PORT + 1,
                Map.of("MP_JWT_VERIFY_ISSUER", ISSUER,
                        "MP_JWT_VERIFY_PUBLICKEY_LOCATION", ISSUER + "/oauth/jwks"),
                Path.of("target", "sample-resource-server.log"));
        api = Server.at(URI.create("http://127.0.0.1:" + (GRANTRY_PORT + 1) + "/sample-resource-server").toURL());
    }

    @AfterAll
    static void stopSample() {
        if (sample != null) {
            sample.close();
        }
    }

    @BeforeEach
    void connect() {
        grantry = Server.at(deploymentUrl);
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
        String token = withClaims(repoReadToken(), claims -> new JWTClaimsSet.Builder(claims)
                .claim("upn", "admin").subject("admin").build());

        assertRefused(token, "Signature of the JWT token is invalid");
    }

    @Test
    void whenSignedWithAKeyOutsideGrantrysJwksThen401ForTheSignature() throws Exception {
        SignedJWT genuine = SignedJWT.parse(repoReadToken());
        RSAKey foreign = new RSAKeyGenerator(2048).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(genuine.getHeader().getKeyID()).build(), genuine.getJWTClaimsSet());
        forged.sign(new RSASSASigner(foreign));

        assertRefused(forged.serialize(), "Signature of the JWT token is invalid");
    }

    @Test
    void whenKeyIdIsNotInGrantrysJwksThen401() throws Exception {
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID("not-a-grantry-key").build(), SignedJWT.parse(repoReadToken()).getJWTClaimsSet());
        forged.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));

        assertRefused(forged.serialize(), "No matching JWK for KeyID");
    }

    @Test
    void whenGrantryTokenExpiresThen401ForTheExpiry() throws Exception {
        String token = repoReadToken();
        assertEquals(200, call(token).statusCode(), "accepted while it lives");
        Instant expiry = SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime().toInstant();

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry).toMillis()) + 1500);

        assertRefused(token, "JWT token expired");
    }

    @Test
    void whenIssuerIsAnotherThen401ForTheIssuer() {
        String token = withClaims(repoReadToken(), claims -> new JWTClaimsSet.Builder(claims)
                .issuer("http://127.0.0.1:" + (GRANTRY_PORT + 1)).build());

        assertRefused(token, "Bad issuer");
    }

    private String repoReadToken() {
        return Clients.clientCredentialsToken(grantry, Clients.machine(grantry, "Repository reader", "repo:read"));
    }

    private static HttpResponse<String> call(String token) {
        return api.send(api.request(REPOSITORIES).header("Authorization", "Bearer " + token).GET().build());
    }

    /** Refused with 401, and the sample logged {@code reason} for it. */
    private static void assertRefused(String token, String reason) {
        int mark = sample.log().length();

        HttpResponse<String> response = call(token);

        assertEquals(401, response.statusCode(), response::body);
        assertTrue(sample.logsAfter(mark, reason), () -> "no \"" + reason + "\" in " + sample.log().substring(mark));
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
