package dev.grantry.web.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.grantry.web.api.UserApi;
import dev.grantry.web.compat.GancioEndpoints;
import dev.grantry.web.compat.QuayDirectApprovalEndpoint;
import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoStoreFilterTest {

    @Test
    void whenAnAnswerPassesThenItMayNotBeCached() {
        MultivaluedMap<String, Object> headers = filter(new MultivaluedHashMap<>());

        assertEquals(List.of("no-store"), headers.get(HttpHeaders.CACHE_CONTROL));
        assertEquals(List.of("no-cache"), headers.get("Pragma"));
    }

    @Test
    void whenTheAnswerAllowedCachingThenNoStoreReplacesIt() {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        headers.add(HttpHeaders.CACHE_CONTROL, "public, max-age=300");
        headers.add("Pragma", "cache");
        headers.add(HttpHeaders.CONTENT_TYPE, "application/json");

        filter(headers);

        assertEquals(List.of("no-store"), headers.get(HttpHeaders.CACHE_CONTROL));
        assertEquals(List.of("no-cache"), headers.get("Pragma"));
        assertEquals(List.of("application/json"), headers.get(HttpHeaders.CONTENT_TYPE));
    }

    @Test
    void whenTheFilterIsRegisteredThenItIsBoundToNoStoreEndpointsOnly() {
        assertTrue(NoStore.class.isAnnotationPresent(NameBinding.class));
        assertTrue(NoStoreFilter.class.isAnnotationPresent(NoStore.class));
    }

    /** RFC 6749 §5.1, RFC 7591 §3.2.1, RFC 7662 §2.2: answers with tokens, secrets or personal data. */
    @ParameterizedTest
    @ValueSource(
            classes = {
                TokenEndpoint.class,
                RevocationEndpoint.class,
                IntrospectionEndpoint.class,
                RegistrationEndpoint.class,
                AuthorizationEndpoint.class,
                UserApi.class,
                GancioEndpoints.class,
                QuayDirectApprovalEndpoint.class
            })
    void whenAnEndpointAnswersWithTokensSecretsOrPersonalDataThenItIsMarkedNoStore(Class<?> endpoint) {
        assertTrue(endpoint.isAnnotationPresent(NoStore.class), endpoint.getSimpleName());
    }

    private static MultivaluedMap<String, Object> filter(MultivaluedMap<String, Object> headers) {
        ContainerResponseContext response = mock(ContainerResponseContext.class);
        when(response.getHeaders()).thenReturn(headers);
        new NoStoreFilter().filter(mock(ContainerRequestContext.class), response);
        return headers;
    }
}
