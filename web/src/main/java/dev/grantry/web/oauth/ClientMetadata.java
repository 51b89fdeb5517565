package dev.grantry.web.oauth;

import static dev.grantry.web.JsonFactory.JSON;

import dev.grantry.service.client.ApplicationRequest;
import dev.grantry.service.client.ApplicationView;
import dev.grantry.service.client.IssuedCredentials;
import dev.grantry.service.client.OpenIdClientMetadata;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * RFC 7591 <a href="https://www.rfc-editor.org/rfc/rfc7591#section-2">§2</a> client metadata as JSON: read into an
 * {@link ApplicationRequest}, and written back as the client information response (§3.2.1), with the OpenID Connect
 * metadata Grantry keeps ({@code post_logout_redirect_uris}, {@code default_max_age}, and
 * {@code id_token_signed_response_alg}, which is always the signing keys' algorithm). Unknown fields are ignored, as
 * §2 asks.
 */
final class ClientMetadata {

    private ClientMetadata() {}

    /**
     * The request that {@code body} describes.
     *
     * @throws OAuthException {@code invalid_client_metadata} when it is not a JSON object of the right types
     */
    static ApplicationRequest parse(String body) {
        JsonObject json = object(body);
        List<String> responseTypes = strings(json, "response_types");
        if (responseTypes != null && !responseTypes.stream().allMatch("code"::equals)) {
            throw invalid("Only the response type code is supported.");
        }
        List<String> grantTypes = strings(json, "grant_types");
        return new ApplicationRequest(
                string(json, "client_name"),
                string(json, "client_uri"),
                null,
                strings(json, "redirect_uris"),
                grantTypes == null ? null : new LinkedHashSet<>(grantTypes),
                string(json, "scope"),
                string(json, "token_endpoint_auth_method"),
                new OpenIdClientMetadata(
                        strings(json, "post_logout_redirect_uris"),
                        string(json, "id_token_signed_response_alg"),
                        integer(json, "default_max_age")));
    }

    /**
     * The client information response: the registered metadata, the credentials just issued (if any), and where
     * and how to manage the registration (RFC 7592).
     */
    static JsonObject write(IssuedCredentials issued, String registrationClientUri, String idTokenAlgorithm) {
        ApplicationView application = issued.application();
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("client_id", application.clientId())
                .add("client_id_issued_at", application.createdAt().getEpochSecond());
        if (issued.clientSecret() != null) {
            json.add("client_secret", issued.clientSecret());
        }
        if ("confidential".equals(application.clientType())) {
            json.add("client_secret_expires_at", 0);
        }
        if (issued.registrationAccessToken() != null) {
            json.add("registration_access_token", issued.registrationAccessToken());
        }
        json.add("registration_client_uri", registrationClientUri).add("client_name", application.name());
        if (application.website() != null) {
            json.add("client_uri", application.website());
        }
        json.add("redirect_uris", array(application.redirectUris()))
                .add("grant_types", array(application.grantTypes()))
                .add("response_types", array(application.responseTypes()))
                .add("token_endpoint_auth_method", application.tokenEndpointAuthMethod())
                .add("scope", application.scope())
                .add("id_token_signed_response_alg", idTokenAlgorithm);
        if (!application.postLogoutRedirectUris().isEmpty()) {
            json.add("post_logout_redirect_uris", array(application.postLogoutRedirectUris()));
        }
        if (application.defaultMaxAge() != null) {
            json.add("default_max_age", application.defaultMaxAge());
        }
        return json.build();
    }

    /** The {@code client_id} member of {@code body}, which an RFC 7592 update must carry. */
    static String clientId(String body) {
        return string(object(body), "client_id");
    }

    /** The one JSON object that {@code body} is; anything after it (RFC 8259 §2: one value per text) is refused. */
    private static JsonObject object(String body) {
        try (JsonParser parser = JSON.createParser(new StringReader(body))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw invalid("The client metadata must be a JSON object.");
            }
            JsonObject object = parser.getObject();
            if (parser.hasNext()) {
                throw invalid("The request body must hold the JSON object alone.");
            }
            return object;
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw invalid("The request body is not valid JSON.");
        }
    }

    private static String string(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw invalid(name + " must be a string.");
        }
        return ((JsonString) value).getString();
    }

    private static Integer integer(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) value).isIntegral()) {
            throw invalid(name + " must be a whole number.");
        }
        try {
            return ((JsonNumber) value).intValueExact();
        } catch (ArithmeticException e) {
            throw invalid(name + " is too large.");
        }
    }

    private static List<String> strings(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw invalid(name + " must be an array of strings.");
        }
        List<String> strings = new ArrayList<>();
        for (JsonValue item : (JsonArray) value) {
            if (item.getValueType() != JsonValue.ValueType.STRING) {
                throw invalid(name + " must be an array of strings.");
            }
            strings.add(((JsonString) item).getString());
        }
        return strings;
    }

    private static JsonArrayBuilder array(Iterable<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static OAuthException invalid(String description) {
        return new OAuthException(OAuthError.INVALID_CLIENT_METADATA, description);
    }
}
