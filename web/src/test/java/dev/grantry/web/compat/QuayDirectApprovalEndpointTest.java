package dev.grantry.web.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.grantry.service.direct.DirectApprovalService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.junit.jupiter.api.Test;

class QuayDirectApprovalEndpointTest {

    @Test
    void whenTheUserApprovesDirectlyThenQuayIsRedirectedWithTheTokenInTheFragment() {
        QuayDirectApprovalEndpoint endpoint = new QuayDirectApprovalEndpoint();
        endpoint.directApproval = mock(DirectApprovalService.class);
        HttpServletRequest http = mock(HttpServletRequest.class);
        when(http.getRemoteAddr()).thenReturn("192.0.2.1");
        when(endpoint.directApproval.approve("Basic YTpi", "quay", "https://quay.example/cb", "repo:read", "192.0.2.1"))
                .thenReturn("https://quay.example/cb#access_token=at&token_type=Bearer");

        Response response = endpoint.approve("Basic YTpi", "quay", "https://quay.example/cb", "repo:read", http);

        assertEquals(302, response.getStatus());
        assertEquals(URI.create("https://quay.example/cb#access_token=at&token_type=Bearer"), response.getLocation());
    }
}
