package dev.grantry.service.key;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;

/**
 * The key id that Docker's libtrust, and so CNCF Distribution 2.8, derives from a public key: SHA-256 of its DER
 * SubjectPublicKeyInfo, the first 240 bits in base32 (RFC 4648 §6), as twelve groups of four characters joined by
 * colons. A registry finds the certificate that verifies a token by the token's {@code kid} compared with this id of
 * each certificate in its {@code rootcertbundle}.
 */
final class LibtrustKeyId {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private LibtrustKeyId() {}

    static String of(PublicKey key) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
        // 30 bytes are 240 bits: 48 base32 characters, no padding.
        StringBuilder id = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < 30; i++) {
            buffer = (buffer << 8) | (digest[i] & 0xff);
            bits += 8;
            while (bits >= 5) {
                if (id.length() % 5 == 4) {
                    id.append(':');
                }
                id.append(BASE32.charAt((buffer >>> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        return id.toString();
    }
}
