package dev.grantry.service.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.service.grant.TestGrants;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ServerMetadataTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    static Map<String, Object> document(Map<String, String> settings) {
        return TestGrants.registerIn(new TestContainer(db, Clock.systemUTC(), TestSettings.settings(settings)))
                .get(ServerMetadata.class)
                .document();
    }

    @Test
    void whenAskedThenEveryEndpointUnderTheIssuerAndWhatTheServerSupportsInAStableOrder() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("issuer", "https://grantry.test");
        expected.put("authorization_endpoint", "https://grantry.test/oauth/authorize");
        expected.put("token_endpoint", "https://grantry.test/oauth/token");
        expected.put("jwks_uri", "https://grantry.test/oauth/jwks");
        expected.put("registration_endpoint", "https://grantry.test/oauth/register");
        expected.put("revocation_endpoint", "https://grantry.test/oauth/revoke");
        expected.put(
                "revocation_endpoint_auth_methods_supported",
                List.of("client_secret_basic", "client_secret_post", "none"));
        expected.put("introspection_endpoint", "https://grantry.test/oauth/introspect");
        expected.put(
                "introspection_endpoint_auth_methods_supported",
                List.of("client_secret_basic", "client_secret_post", "bearer"));
        expected.put(
                "scopes_supported",
                List.of(
                        "audit:read",
                        "email",
                        "event:write",
                        "openid",
                        "org:admin",
                        "profile",
                        "repo:admin",
                        "repo:create",
                        "repo:read",
                        "repo:write",
                        "token:introspect",
                        "user:admin",
                        "user:read"));
        expected.put("response_types_supported", List.of("code"));
        expected.put("response_modes_supported", List.of("query"));
        expected.put("grant_types_supported", List.of("authorization_code", "client_credentials", "refresh_token"));
        expected.put(
                "token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post", "none"));
        expected.put("code_challenge_methods_supported", List.of("S256"));
        expected.put("authorization_response_iss_parameter_supported", true);
        expected.put("userinfo_endpoint", "https://grantry.test/oauth/userinfo");
        expected.put("end_session_endpoint", "https://grantry.test/oauth/logout");
        expected.put("subject_types_supported", List.of("public"));
        expected.put("id_token_signing_alg_values_supported", List.of("RS256"));
        expected.put(
                "claims_supported",
                List.of(
                        "iss",
                        "sub",
                        "aud",
                        "exp",
                        "iat",
                        "auth_time",
                        "nonce",
                        "at_hash",
                        "azp",
                        "name",
                        "preferred_username",
                        "updated_at",
                        "email",
                        "email_verified"));
        expected.put("prompt_values_supported", List.of("none", "login", "consent", "select_account"));
        expected.put("claims_parameter_supported", false);
        expected.put("request_parameter_supported", false);
        expected.put("request_uri_parameter_supported", false);

        Map<String, Object> document = document(Map.of());

        assertEquals(expected, document);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(document.keySet()));
    }

    @Test
    void whenKeysAreES256ThenIdTokensAreAdvertisedAsES256() {
        assertEquals(
                List.of("ES256"),
                document(Map.of("grantry.token.signing-algorithm", "ES256"))
                        .get("id_token_signing_alg_values_supported"));
    }

    @Test
    void whenPlainPkceIsAllowedThenItIsAdvertisedBesideS256() {
        assertEquals(
                List.of("S256", "plain"),
                document(Map.of("grantry.pkce.allow-plain", "true")).get("code_challenge_methods_supported"));
    }
}
