package dev.grantry.web.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

class PubliclyAddressedRequestTest {

    private final HttpServletRequest sent = mock(HttpServletRequest.class);

    {
        when(sent.getRequestURL()).thenReturn(new StringBuffer("http://evil.example/ctx/admin/users"));
        when(sent.getRequestURI()).thenReturn("/ctx/admin/users");
        when(sent.getScheme()).thenReturn("http");
        when(sent.getServerName()).thenReturn("evil.example");
        when(sent.getServerPort()).thenReturn(80);
    }

    @Test
    void whenTheHostHeaderIsForgedThenTheRequestStillSaysTheIssuersAddress() {
        HttpServletRequest request = new PubliclyAddressedRequest(sent, "https://id.example:8443/ctx");

        assertEquals(
                "https://id.example:8443/ctx/admin/users",
                request.getRequestURL().toString());
        assertEquals("https", request.getScheme());
        assertEquals("id.example", request.getServerName());
        assertEquals(8443, request.getServerPort());
        assertEquals("/ctx/admin/users", request.getRequestURI());
    }

    @Test
    void whenTheIssuerNamesNoPortThenItIsTheSchemesPort() {
        assertEquals(443, new PubliclyAddressedRequest(sent, "https://id.example").getServerPort());
        assertEquals(80, new PubliclyAddressedRequest(sent, "http://id.example").getServerPort());
    }
}
