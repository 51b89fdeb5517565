package dev.grantry.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import dev.grantry.web.testing.Issuers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final Map<String, String> headers = new HashMap<>();

    {
        doAnswer(call -> headers.put(call.getArgument(0), call.getArgument(1)))
                .when(response)
                .setHeader(anyString(), anyString());
    }

    @Test
    void whenAnyResponseIsSentOverHttpThenItForbidsFramingSniffingAndForeignScripts() throws Exception {
        filter("http://127.0.0.1:8080").doFilter(request, response, (req, res) -> {});

        assertEquals(
                Map.of(
                        "Content-Security-Policy",
                                "default-src 'self'; script-src 'self'; style-src 'self'; "
                                        + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
                        "X-Content-Type-Options", "nosniff",
                        "X-Frame-Options", "DENY",
                        "Referrer-Policy", "no-referrer"),
                headers);
    }

    @Test
    void whenTheRequestGoesOnThenTheHeadersAreAlreadySetForWhateverAnswersIt() throws Exception {
        Recording chain = new Recording();

        filter("http://127.0.0.1:8080").doFilter(request, response, chain);

        assertSame(request, chain.request);
        assertSame(response, chain.response);
        assertTrue(chain.headersWhenCalled.get("Content-Security-Policy").contains("frame-ancestors 'none'"));
    }

    @Test
    void whenServedOverHttpsThenBrowsersAreToldToKeepToHttps() throws Exception {
        filter("https://id.example").doFilter(request, response, (req, res) -> {});

        assertEquals("max-age=31536000", headers.get("Strict-Transport-Security"));
    }

    @Test
    void whenServedOverPlainHttpThenNoHstsIsSent() throws Exception {
        filter("http://127.0.0.1:8080").doFilter(request, response, (req, res) -> {});

        assertFalse(headers.containsKey("Strict-Transport-Security"));
    }

    private static SecurityHeadersFilter filter(String issuer) {
        SecurityHeadersFilter filter = new SecurityHeadersFilter();
        filter.publicAddress = Issuers.at(issuer);
        return filter;
    }

    /** The rest of the chain: remembers what it was called with and which headers were set by then. */
    private final class Recording implements FilterChain {

        ServletRequest request;
        ServletResponse response;
        Map<String, String> headersWhenCalled;

        @Override
        public void doFilter(ServletRequest request, ServletResponse response) throws IOException, ServletException {
            this.request = request;
            this.response = response;
            this.headersWhenCalled = Map.copyOf(headers);
        }
    }
}
