package dev.grantry.service.key;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * A minimal self-signed X.509 v3 certificate (RFC 5280 <a href="https://www.rfc-editor.org/rfc/rfc5280#section-4.1">
 * §4.1</a>) for a signing key, DER-encoded by hand: container registries (CNCF Distribution's
 * {@code auth.token.rootcertbundle}) trust token signing keys only as certificates, and the JDK has no public API to
 * build one. Subject and issuer are one common name; no extensions, since a registry reads only the public key.
 */
final class SelfSignedCertificate {

    /** sha256WithRSAEncryption (RFC 4055 §5) with its NULL parameters. */
    private static final byte[] SHA256_WITH_RSA = {
        0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x0b, 0x05, 0x00
    };

    /** ecdsa-with-SHA256 (RFC 5758 §3.2), without parameters. */
    private static final byte[] ECDSA_WITH_SHA256 = {
        0x30, 0x0a, 0x06, 0x08, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x04, 0x03, 0x02
    };

    /** The id-at-commonName attribute type (2.5.4.3). */
    private static final byte[] COMMON_NAME = {0x06, 0x03, 0x55, 0x04, 0x03};

    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter GENERALIZED_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Instant UTC_TIME_END = Instant.parse("2050-01-01T00:00:00Z");

    private SelfSignedCertificate() {}

    /** The DER certificate of {@code keys}, signed by its own private key (RSA or EC). */
    static byte[] issue(KeyPair keys, String commonName, BigInteger serial, Instant notBefore, Instant notAfter) {
        boolean rsa = keys.getPrivate() instanceof RSAPrivateKey;
        byte[] algorithm = rsa ? SHA256_WITH_RSA : ECDSA_WITH_SHA256;
        byte[] name =
                sequence(tlv(0x31, sequence(COMMON_NAME, tlv(0x0c, commonName.getBytes(StandardCharsets.UTF_8)))));
        byte[] tbs = sequence(
                tlv(0xa0, tlv(0x02, new byte[] {2})),
                tlv(0x02, serial.toByteArray()),
                algorithm,
                name,
                sequence(time(notBefore), time(notAfter)),
                name,
                keys.getPublic().getEncoded());
        try {
            Signature signature = Signature.getInstance(rsa ? "SHA256withRSA" : "SHA256withECDSA");
            signature.initSign(keys.getPrivate());
            signature.update(tbs);
            byte[] signed = signature.sign();
            byte[] bits = new byte[signed.length + 1];
            System.arraycopy(signed, 0, bits, 1, signed.length);
            return sequence(tbs, algorithm, tlv(0x03, bits));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the certificate of " + commonName, e);
        }
    }

    /** The PEM form (RFC 7468 §5) of a DER certificate. */
    static String pem(byte[] der) {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END CERTIFICATE-----\n";
    }

    /** UTCTime before 2050, GeneralizedTime from then on (RFC 5280 §4.1.2.5). */
    private static byte[] time(Instant instant) {
        return instant.isBefore(UTC_TIME_END)
                ? tlv(0x17, UTC_TIME.format(instant).getBytes(StandardCharsets.US_ASCII))
                : tlv(0x18, GENERALIZED_TIME.format(instant).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] sequence(byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            content.writeBytes(part);
        }
        return tlv(0x30, content.toByteArray());
    }

    /** One DER tag-length-value, the length in short or long form (X.690 §8.1.3). */
    private static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = value.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = length > 0xffff ? 3 : length > 0xff ? 2 : 1;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(value);
        return out.toByteArray();
    }
}
