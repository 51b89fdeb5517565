package dev.grantry.web.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.settings.GrantrySettings;
import dev.grantry.web.address.PublicAddress;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HttpsRequiredFilterTest {

    private static final String PROXY = "10.0.0.7";

    @Test
    void whenIssuerIsHttpsAndRequestIsPlainHttpThenInvalidRequest() {
        OAuthException refused = assertThrows(
                OAuthException.class, () -> filter("https://id.example", request(false, "203.0.113.9", null)));

        assertEquals(OAuthError.INVALID_REQUEST, refused.error());
        assertTrue(refused.description().contains("HTTPS"), refused.description());
    }

    @Test
    void whenIssuerIsHttpsAndTlsEndsHereThenAccepted() {
        filter("https://id.example", request(true, "203.0.113.9", null));
    }

    @Test
    void whenATrustedProxySaysHttpsThenAccepted() {
        filter("https://id.example", request(false, PROXY, "https"));
        filter("https://id.example", request(false, PROXY, "HTTPS, http"));
    }

    @Test
    void whenAnUntrustedClientSaysHttpsThenInvalidRequest() {
        assertThrows(OAuthException.class, () -> filter("https://id.example", request(false, "203.0.113.9", "https")));
    }

    @Test
    void whenATrustedProxySaysHttpOrNothingThenInvalidRequest() {
        assertThrows(OAuthException.class, () -> filter("https://id.example", request(false, PROXY, "http")));
        assertThrows(OAuthException.class, () -> filter("https://id.example", request(false, PROXY, null)));
    }

    @Test
    void whenIssuerIsPlainHttpThenPlainRequestsAreAccepted() {
        filter("http://127.0.0.1:8080", request(false, "127.0.0.1", null));
    }

    @Test
    void whenRegisteredThenBoundToTheNoStoreEndpoints() {
        assertTrue(HttpsRequiredFilter.class.isAnnotationPresent(NoStore.class));
    }

    private static void filter(String issuer, HttpServletRequest request) {
        Map<String, String> values = Map.of("grantry.issuer", issuer, "grantry.trusted-proxies", PROXY);
        HttpsRequiredFilter filter = new HttpsRequiredFilter();
        filter.settings = GrantrySettings.read(key -> Optional.ofNullable(values.get(key)));
        filter.publicAddress = mock(PublicAddress.class);
        when(filter.publicAddress.isHttps()).thenReturn(issuer.startsWith("https://"));
        when(filter.publicAddress.of("")).thenReturn(issuer);
        filter.request = request;
        filter.filter(mock(ContainerRequestContext.class));
    }

    private static HttpServletRequest request(boolean secure, String remoteAddress, String forwardedProto) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.isSecure()).thenReturn(secure);
        when(request.getRemoteAddr()).thenReturn(remoteAddress);
        when(request.getHeader(HttpsRequiredFilter.FORWARDED_PROTO)).thenReturn(forwardedProto);
        return request;
    }
}
