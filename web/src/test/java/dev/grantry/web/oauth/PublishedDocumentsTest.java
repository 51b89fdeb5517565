package dev.grantry.web.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
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

        Response response = endpoint.metadata(null);

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

        Response response = endpoint.jwks(null);

        assertEquals(200, response.getStatus());
        assertEquals("public, max-age=300", response.getHeaderString(HttpHeaders.CACHE_CONTROL));
        assertEquals("{\"keys\":[{\"kid\":\"k1\",\"kty\":\"RSA\"}]}", response.getEntity());
    }

    @Test
    void whenMetadataIsAskedAgainThenItIsAnsweredFromMemoryWithTheSameEtag() {
        MetadataEndpoint endpoint = new MetadataEndpoint();
        endpoint.metadata = mock(ServerMetadata.class);
        when(endpoint.metadata.document()).thenReturn(Map.of("issuer", "https://grantry.example"));

        String first = endpoint.metadata(null).getHeaderString(HttpHeaders.ETAG);
        Response again = endpoint.metadata(null);

        verify(endpoint.metadata, times(1)).document();
        assertEquals(first, again.getHeaderString(HttpHeaders.ETAG));
        assertTrue(first.matches("\"[A-Za-z0-9_-]{43}\""), first);
    }

    @Test
    void whenTheClientHasTheCurrentKeysThen304WithoutABodyElseTheNewSetWithANewEtag() {
        JwksEndpoint endpoint = new JwksEndpoint();
        endpoint.signingKeys = mock(SigningKeys.class);
        String before = "{\"keys\":[{\"kid\":\"k1\"}]}";
        String rotated = "{\"keys\":[{\"kid\":\"k2\"},{\"kid\":\"k1\"}]}";
        when(endpoint.signingKeys.jwksJson()).thenReturn(before);
        String etag = endpoint.jwks(null).getHeaderString(HttpHeaders.ETAG);

        Response unchanged = endpoint.jwks("W/\"other\", " + etag);
        when(endpoint.signingKeys.jwksJson()).thenReturn(rotated);
        Response changed = endpoint.jwks(etag);

        assertEquals(304, unchanged.getStatus());
        assertNull(unchanged.getEntity());
        assertEquals(etag, unchanged.getHeaderString(HttpHeaders.ETAG));
        assertEquals(200, changed.getStatus());
        assertEquals(rotated, changed.getEntity());
        assertNotEquals(etag, changed.getHeaderString(HttpHeaders.ETAG));
        assertEquals("public, max-age=300", changed.getHeaderString(HttpHeaders.CACHE_CONTROL));
    }
}
