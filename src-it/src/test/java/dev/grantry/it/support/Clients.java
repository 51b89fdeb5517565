package dev.grantry.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/** Registers clients through RFC 7591 and builds their authorization requests. */
public final class Clients {

    public static final String SCOPE = "repo:read user:read";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Clients() {}

    /**
     * A registered client; {@code secret} is {@code null} for a public one. The registration access token manages it
     * (RFC 7592).
     */
    public record Client(
            String clientId, String secret, String name, List<String> redirectUris, String registrationAccessToken) {

        public String redirectUri() {
            return redirectUris.get(0);
        }

        /** The {@code Authorization} header of client_secret_basic (RFC 6749 §2.3.1: each part URL-encoded). */
        public String basicAuthorization() {
            String credentials = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                    + URLEncoder.encode(secret, StandardCharsets.UTF_8);
            return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        }
    }

    public static Client confidential(Server server, String name, String... redirectUris) {
        return register(server, name, "client_secret_basic", redirectUris);
    }

    public static Client publicClient(Server server, String name, String... redirectUris) {
        return register(server, name, "none", redirectUris);
    }

    private static Client register(Server server, String name, String authMethod, String... redirectUris) {
        return register(
                server,
                name,
                authMethod,
                SCOPE + " repo:write",
                List.of("authorization_code", "refresh_token"),
                redirectUris);
    }

    /**
     * A confidential client that acts for itself: client_credentials only, allowed {@code scope}. Only an
     * administrator gives that, so it is registered with the initial access token.
     */
    public static Client machine(Server server, String name, String scope) {
        return registerAsAdministrator(server, name, "client_secret_basic", scope, List.of("client_credentials"));
    }

    /** The initial access token every execution's Grantry is configured with (src-it/pom.xml). */
    public static String initialAccessToken() {
        return System.getProperty("it.client.initial-token");
    }

    /** A client_credentials access token with every scope {@code client} is registered for. */
    public static String clientCredentialsToken(Server server, Client client) {
        HttpResponse<String> response = server.send(server.request("/oauth/token")
                .header("Authorization", client.basicAuthorization())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build());
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject().getString("access_token");
    }

    /** Registers a client allowed {@code scope} (space separated) and {@code grantTypes}, as anybody may. */
    public static Client register(
            Server server,
            String name,
            String authMethod,
            String scope,
            List<String> grantTypes,
            String... redirectUris) {
        return register(server, null, name, authMethod, scope, grantTypes, redirectUris);
    }

    /**
     * Registers a client as an administrator's script does, with the initial access token: it may be allowed
     * client_credentials and privileged scopes such as {@code token:introspect}.
     */
    public static Client registerAsAdministrator(
            Server server,
            String name,
            String authMethod,
            String scope,
            List<String> grantTypes,
            String... redirectUris) {
        return register(server, initialAccessToken(), name, authMethod, scope, grantTypes, redirectUris);
    }

    private static Client register(
            Server server,
            String initialToken,
            String name,
            String authMethod,
            String scope,
            List<String> grantTypes,
            String... redirectUris) {
        JsonArrayBuilder uris = Json.createArrayBuilder();
        List.of(redirectUris).forEach(uris::add);
        String body = Json.createObjectBuilder()
                .add("client_name", name)
                .add("client_uri", "https://" + name.toLowerCase().replace(' ', '-') + ".example")
                .add("redirect_uris", uris)
                .add("grant_types", Json.createArrayBuilder(grantTypes))
                .add("response_types", Json.createArrayBuilder().add("code"))
                .add("token_endpoint_auth_method", authMethod)
                .add("scope", scope)
                .build()
                .toString();
        HttpRequest.Builder request = server.request("/oauth/register")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (initialToken != null) {
            request.header("Authorization", "Bearer " + initialToken);
        }
        HttpResponse<String> response = server.send(request.build());
        assertEquals(201, response.statusCode(), response.body());
        JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
        return new Client(
                json.getString("client_id"),
                json.getString("client_secret", null),
                name,
                List.of(redirectUris),
                json.getString("registration_access_token"));
    }

    /** The authorization request's path and query; {@code null} values are left out. */
    public static String authorizePath(String endpoint, String... namesAndValues) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                query.append(query.length() == 0 ? "?" : "&")
                        .append(namesAndValues[i])
                        .append('=')
                        .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
            }
        }
        return endpoint + query;
    }

    /** A fresh PKCE code verifier (RFC 7636 §4.1): 256 random bits, base64url. */
    public static String verifier() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** {@code BASE64URL(SHA256(verifier))} (RFC 7636 §4.2). */
    public static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
