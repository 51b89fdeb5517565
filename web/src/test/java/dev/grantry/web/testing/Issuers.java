package dev.grantry.web.testing;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.grantry.web.address.PublicAddress;

/** Grantry's public address as configured by an issuer, for the classes that build URLs from it. */
public final class Issuers {

    private Issuers() {}

    /** The addresses of Grantry at {@code issuer} (no trailing slash), e.g. {@code https://grantry.example}. */
    public static PublicAddress at(String issuer) {
        PublicAddress address = mock(PublicAddress.class);
        when(address.of(anyString())).thenAnswer(call -> issuer + call.getArgument(0));
        when(address.isHttps()).thenReturn(issuer.startsWith("https://"));
        return address;
    }
}
