package dev.grantry.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.grantry.web.testing.Issuers;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PublicAddressingTest {

    private final PublicAddressing interceptor = new PublicAddressing();
    private final HttpServletRequest sent = mock(HttpServletRequest.class);
    private final HttpMessageContext context = mock(HttpMessageContext.class);
    private final InvocationContext invocation = mock(InvocationContext.class);
    private final AtomicReference<HttpServletRequest> contextRequest = new AtomicReference<>();

    {
        interceptor.publicAddress = Issuers.at("https://id.example");
        when(sent.getRequestURI()).thenReturn("/admin/users");
        when(sent.getRequestURL()).thenReturn(new StringBuffer("http://evil.example/admin/users"));
        when(invocation.getParameters()).thenReturn(new Object[] {sent, mock(HttpServletResponse.class), context});
        when(context.withRequest(any())).thenAnswer(call -> {
            contextRequest.set(call.getArgument(0));
            return context;
        });
        when(context.getRequest()).thenAnswer(call -> contextRequest.get());
    }

    @Test
    void whenTheMechanismRunsThenItsInterceptorsSeeTheIssuersAddressNotTheHostHeader() throws Exception {
        AtomicReference<String> seenUrl = new AtomicReference<>();
        when(invocation.proceed()).thenAnswer(call -> {
            seenUrl.set(contextRequest.get().getRequestURL().toString());
            return null;
        });

        interceptor.asSentToTheIssuer(invocation);

        assertEquals("https://id.example/admin/users", seenUrl.get());
        verify(invocation).setParameters(any());
        assertSame(sent, contextRequest.get(), "the container keeps the request it had");
    }

    @Test
    void whenTheRequestWasSentToTheIssuersAddressThenTheContainersRequestIsNeverReplaced() throws Exception {
        when(sent.getRequestURL()).thenReturn(new StringBuffer("https://id.example/admin/users"));

        interceptor.asSentToTheIssuer(invocation);

        verify(invocation).proceed();
        verify(context, never()).withRequest(any());
    }

    @Test
    void whenSignInRestoresTheSavedRequestThenThatOneStays() throws Exception {
        HttpServletRequest saved = mock(HttpServletRequest.class);
        when(invocation.proceed()).thenAnswer(call -> contextRequest.getAndSet(saved));

        interceptor.asSentToTheIssuer(invocation);

        assertSame(saved, contextRequest.get());
    }
}
