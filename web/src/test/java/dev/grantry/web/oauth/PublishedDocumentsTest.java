package dev.grantry.web.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.grantry.service.key.SigningKeys;
import dev.grantry.service.metadata.ServerMetadata;
import dev.grantry.web.testing.Bodies;
import jakarta.json.Json;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two public documents, server metadata (RFC 8414) and the JWK Set (RFC 7517): JSON that caches may keep. */
class PublishedDocumentsTest {

    @Test
    void whenMetadataIsAskedThenTheServicesDocumentIsAnsweredAsJsonCacheableForFiveMinutes() {
        MetadataEndpoint endpoint = new MetadataEndpoint();
        endpoint.metadata = mock(ServerMetadata.class);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", "https://grantry.example");
        document.put("response_types_supported", List.of("code"));
        document.put("authorization_response_iss_parameter_supported", true);
        when(endpoint.metadata.document()).thenReturn(document);

        Response response = endpoint.metadata();

        assertEquals(200, response.getStatus());
        assertEquals("public, max-age=300", response.getHeaderString(HttpHeaders.CACHE_CONTROL));
        assertEquals(
                Json.createObjectBuilder()
                        .add("issuer", "https://grantry.example")
                        .add(
                                "response_types_supported",
                                Json.createArrayBuilder().add("code"))
                        .add("authorization_response_iss_parameter_supported", true)
                        .build(),
                Bodies.json(response));
    }

    @Test
    void whenTheKeysAreAskedThenTheJwkSetIsAnsweredCacheableForFiveMinutes() {
        JwksEndpoint endpoint = new JwksEndpoint();
        endpoint.signingKeys = mock(SigningKeys.class);
        when(endpoint.signingKeys.jwksJson()).thenReturn("{\"keys\":[{\"kid\":\"k1\",\"kty\":\"RSA\"}]}");

        Response response = endpoint.jwks();

        assertEquals(200, response.getStatus());
        assertEquals("public, max-age=300", response.getHeaderString(HttpHeaders.CACHE_CONTROL));
        assertEquals("{\"keys\":[{\"kid\":\"k1\",\"kty\":\"RSA\"}]}", response.getEntity());
    }
}
