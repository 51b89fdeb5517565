package dev.grantry.web.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.grantry.service.client.ApplicationRequest;
import dev.grantry.service.client.ApplicationView;
import dev.grantry.service.client.IssuedCredentials;
import dev.grantry.service.client.OpenIdClientMetadata;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientMetadataTest {

    private static final String URI = "https://grantry.example/oauth/register/c1";

    @Test
    void whenMetadataIsCompleteThenEveryFieldIsInTheRequest() {
        ApplicationRequest request = ClientMetadata.parse("""
                {"client_name": "Gallery", "client_uri": "https://gallery.example",
                 "redirect_uris": ["https://gallery.example/cb", "https://gallery.example/cb2"],
                 "grant_types": ["refresh_token", "authorization_code"], "response_types": ["code"],
                 "scope": "photos:read photos:write", "token_endpoint_auth_method": "client_secret_post"}
                """);

        assertEquals(
                new ApplicationRequest(
                        "Gallery",
                        "https://gallery.example",
                        null,
                        List.of("https://gallery.example/cb", "https://gallery.example/cb2"),
                        Set.of("refresh_token", "authorization_code"),
                        "photos:read photos:write",
                        "client_secret_post"),
                request);
        assertEquals(
                List.of("refresh_token", "authorization_code"),
                List.copyOf(request.grantTypes()),
                "the grant types keep the order they were sent in");
    }

    @Test
    void whenFieldsAreMissingOrNullThenTheyAreNullForTheServiceToDefault() {
        assertEquals(
                new ApplicationRequest(null, null, null, null, null, null, null),
                ClientMetadata.parse("{\"client_name\": null, \"redirect_uris\": null, \"grant_types\": null}"));
    }

    @Test
    void whenFieldsAreUnknownThenTheyAreIgnored() {
        ApplicationRequest request = ClientMetadata.parse("""
                {"client_name": "App", "logo_uri": "https://app.example/logo.png", "contacts": ["a@app.example"],
                 "software_statement": {"nested": true}, "client_secret_expires_at": 0}
                """);

        assertEquals(new ApplicationRequest("App", null, null, null, null, null, null), request);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"client_name\": 7}",
                "{\"client_uri\": [\"https://a.example\"]}",
                "{\"scope\": [\"a\", \"b\"]}",
                "{\"token_endpoint_auth_method\": true}",
                "{\"redirect_uris\": \"https://a.example/cb\"}",
                "{\"redirect_uris\": [\"https://a.example/cb\", 7]}",
                "{\"grant_types\": {\"authorization_code\": true}}",
                "{\"grant_types\": [null]}",
                "{\"response_types\": \"code\"}"
            })
    void whenAFieldHasTheWrongTypeThenInvalidClientMetadataNamingIt(String json) {
        OAuthException e = assertThrows(OAuthException.class, () -> ClientMetadata.parse(json));

        assertEquals(OAuthError.INVALID_CLIENT_METADATA, e.error());
        String field = json.substring(json.indexOf('"') + 1, json.indexOf('"', json.indexOf('"') + 1));
        assertEquals(field, e.description().split(" ")[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[\"token\"]", "[\"code\", \"token\"]", "[\"id_token\"]"})
    void whenAResponseTypeOtherThanCodeIsAskedThenInvalidClientMetadata(String responseTypes) {
        OAuthException e = assertThrows(
                OAuthException.class, () -> ClientMetadata.parse("{\"response_types\": " + responseTypes + "}"));

        assertEquals(OAuthError.INVALID_CLIENT_METADATA, e.error());
        assertEquals("Only the response type code is supported.", e.description());
    }

    @Test
    void whenResponseTypesAreOnlyCodeOrNoneThenTheyAreAccepted() {
        assertEquals(
                "A",
                ClientMetadata.parse("{\"client_name\": \"A\", \"response_types\": [\"code\"]}")
                        .name());
        assertEquals(
                "B",
                ClientMetadata.parse("{\"client_name\": \"B\", \"response_types\": []}")
                        .name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"text\"", "null", "42"})
    void whenBodyIsNotAJsonObjectThenInvalidClientMetadata(String json) {
        OAuthException e = assertThrows(OAuthException.class, () -> ClientMetadata.parse(json));

        assertEquals(OAuthError.INVALID_CLIENT_METADATA, e.error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"client_name\": }", "client_name=App"})
    void whenBodyIsNotValidJsonThenInvalidClientMetadata(String json) {
        OAuthException e = assertThrows(OAuthException.class, () -> ClientMetadata.parse(json));

        assertEquals(OAuthError.INVALID_CLIENT_METADATA, e.error());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"client_name\": \"App\"} trailing",
                "{\"client_name\": \"App\"}{\"client_name\": \"Other\"}",
                "{\"client_name\": \"App\"} []",
                "{\"client_name\": \"App\"} 42"
            })
    void whenContentFollowsTheJsonObjectThenInvalidClientMetadata(String json) {
        OAuthException e = assertThrows(OAuthException.class, () -> ClientMetadata.parse(json));

        assertEquals(OAuthError.INVALID_CLIENT_METADATA, e.error());
        assertThrows(OAuthException.class, () -> ClientMetadata.clientId(json));
    }

    @Test
    void whenWhitespaceFollowsTheJsonObjectThenItIsAccepted() {
        assertEquals(
                "App", ClientMetadata.parse("{\"client_name\": \"App\"} \r\n\t").name());
    }

    @Test
    void whenAnUpdateNamesItsClientThenTheClientIdIsRead() {
        assertEquals("c1", ClientMetadata.clientId("{\"client_id\": \"c1\", \"client_name\": \"App\"}"));
        assertNull(ClientMetadata.clientId("{\"client_name\": \"App\"}"));
    }

    @Test
    void whenAnUpdateNamesItsClientWithTheWrongTypeThenInvalidClientMetadata() {
        OAuthException e = assertThrows(OAuthException.class, () -> ClientMetadata.clientId("{\"client_id\": 1}"));

        assertEquals(OAuthError.INVALID_CLIENT_METADATA, e.error());
    }

    @Test
    void whenAConfidentialClientIsRegisteredThenTheResponseCarriesItsSecretAndRegistrationToken() {
        ApplicationView application = application(
                "confidential",
                "client_secret_basic",
                "https://gallery.example",
                Set.of("authorization_code", "refresh_token"));

        JsonObject json = ClientMetadata.write(new IssuedCredentials(application, "s3cret", "rat"), URI, "RS256");

        assertEquals(
                Json.createObjectBuilder()
                        .add("client_id", "c1")
                        .add("client_id_issued_at", 1_700_000_000L)
                        .add("client_secret", "s3cret")
                        .add("client_secret_expires_at", 0)
                        .add("registration_access_token", "rat")
                        .add("registration_client_uri", URI)
                        .add("client_name", "Gallery")
                        .add("client_uri", "https://gallery.example")
                        .add("redirect_uris", Json.createArrayBuilder().add("https://gallery.example/cb"))
                        .add(
                                "grant_types",
                                Json.createArrayBuilder()
                                        .add("authorization_code")
                                        .add("refresh_token"))
                        .add("response_types", Json.createArrayBuilder().add("code"))
                        .add("token_endpoint_auth_method", "client_secret_basic")
                        .add("scope", "photos:read photos:write")
                        .add("id_token_signed_response_alg", "RS256")
                        .build(),
                json);
    }

    @Test
    void whenOpenIdMetadataIsSentThenItIsInTheRequest() {
        ApplicationRequest request = ClientMetadata.parse("""
                {"client_name": "RP", "post_logout_redirect_uris": ["https://rp.example/bye"],
                 "id_token_signed_response_alg": "RS256", "default_max_age": 3600}""");

        assertEquals(new OpenIdClientMetadata(List.of("https://rp.example/bye"), "RS256", 3600), request.openId());
    }

    @Test
    void whenDefaultMaxAgeIsNotAWholeNumberThenInvalidClientMetadata() {
        for (String value : List.of("\"1\"", "1.5", "99999999999")) {
            OAuthException refused = assertThrows(
                    OAuthException.class, () -> ClientMetadata.parse("{\"default_max_age\": " + value + "}"));
            assertEquals(OAuthError.INVALID_CLIENT_METADATA, refused.error(), value);
        }
    }

    @Test
    void whenAnApplicationHasOpenIdMetadataThenItIsWrittenBack() {
        ApplicationView plain = application("confidential", "client_secret_basic", null, Set.of("authorization_code"));
        ApplicationView application = new ApplicationView(
                plain.clientId(),
                plain.name(),
                plain.website(),
                plain.owner(),
                plain.clientType(),
                plain.tokenEndpointAuthMethod(),
                plain.status(),
                plain.createdAt(),
                plain.redirectUris(),
                plain.grantTypes(),
                plain.scopes(),
                List.of("https://gallery.example/bye"),
                600);

        JsonObject json = ClientMetadata.write(new IssuedCredentials(application, null, null), URI, "ES256");

        assertEquals("ES256", json.getString("id_token_signed_response_alg"));
        assertEquals(
                Json.createArrayBuilder().add("https://gallery.example/bye").build(),
                json.getJsonArray("post_logout_redirect_uris"));
        assertEquals(600, json.getInt("default_max_age"));
        assertFalse(plainJson().containsKey("post_logout_redirect_uris"));
        assertFalse(plainJson().containsKey("default_max_age"));
    }

    private static JsonObject plainJson() {
        return ClientMetadata.write(
                new IssuedCredentials(
                        application("confidential", "client_secret_basic", null, Set.of("authorization_code")),
                        null,
                        null),
                URI,
                "RS256");
    }

    @Test
    void whenAPublicClientIsReadThenNoSecretNorSecretExpiryNorWebsiteIsWritten() {
        ApplicationView application = application("public", "none", null, Set.of("authorization_code"));

        JsonObject json = ClientMetadata.write(new IssuedCredentials(application, null, "rat"), URI, "RS256");

        assertFalse(json.containsKey("client_secret"));
        assertFalse(json.containsKey("client_secret_expires_at"));
        assertFalse(json.containsKey("client_uri"));
        assertEquals("none", json.getString("token_endpoint_auth_method"));
        assertEquals("rat", json.getString("registration_access_token"));
    }

    @Test
    void whenAConfidentialClientIsReadWithoutNewCredentialsThenNeitherSecretNorTokenIsWritten() {
        ApplicationView application =
                application("confidential", "client_secret_basic", null, Set.of("client_credentials"));

        JsonObject json = ClientMetadata.write(new IssuedCredentials(application, null, null), URI, "RS256");

        assertFalse(json.containsKey("client_secret"));
        assertFalse(json.containsKey("registration_access_token"));
        assertEquals(0, json.getInt("client_secret_expires_at"), "a confidential client's secret never expires");
        assertEquals(
                Json.createArrayBuilder().build(),
                json.getJsonArray("response_types"),
                "no response type without the authorization code grant");
    }

    private static ApplicationView application(
            String clientType, String authMethod, String website, Set<String> grantTypes) {
        return new ApplicationView(
                "c1",
                "Gallery",
                website,
                "alice",
                clientType,
                authMethod,
                "active",
                Instant.ofEpochSecond(1_700_000_000L),
                List.of("https://gallery.example/cb"),
                new TreeSet<>(grantTypes),
                new TreeSet<>(Set.of("photos:write", "photos:read")),
                List.of(),
                null);
    }
}
