package dev.grantry.service.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

/** Reads a PEM certificate bundle (such as {@code /v2/auth/certs.pem}) as the JDK's X.509 parser sees it. */
public final class PemCertificates {

    private PemCertificates() {}

    public static List<X509Certificate> parse(String pem) throws GeneralSecurityException {
        return CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))
                .stream()
                .map(X509Certificate.class::cast)
                .toList();
    }
}
