package dev.grantry.service.key;

import dev.grantry.service.secret.ServerSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts private signing keys at rest with AES-256-GCM under the SHA-256 of the key-encryption secret (setting
 * {@code grantry.keys.encryption-key}, else generated once and kept in the database). The key id is bound as
 * additional authenticated data, so a ciphertext cannot be moved to another key's row.
 */
@ApplicationScoped
public class KeyEncryption {

    private static final String PREFIX = "a256gcm:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ServerSecrets serverSecrets;

    private volatile SecretKeySpec key;

    protected KeyEncryption() {}

    /** Encryption under {@code secret}, without the database (tools and tests). */
    public KeyEncryption(String secret) {
        this.key = derive(secret);
    }

    public String encrypt(String plaintext, String kid) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] ciphertext = cipher(Cipher.ENCRYPT_MODE, iv, kid).apply(plaintext.getBytes(StandardCharsets.UTF_8));
        ByteBuffer out =
                ByteBuffer.allocate(iv.length + ciphertext.length).put(iv).put(ciphertext);
        return PREFIX + Base64.getEncoder().encodeToString(out.array());
    }

    /** @throws IllegalStateException when the text was not encrypted under this key for this key id */
    public String decrypt(String encrypted, String kid) {
        if (!encrypted.startsWith(PREFIX)) {
            throw new IllegalStateException("Unknown private key encryption of key " + kid);
        }
        byte[] bytes = Base64.getDecoder().decode(encrypted.substring(PREFIX.length()));
        byte[] iv = Arrays.copyOf(bytes, IV_BYTES);
        byte[] ciphertext = Arrays.copyOfRange(bytes, IV_BYTES, bytes.length);
        return new String(cipher(Cipher.DECRYPT_MODE, iv, kid).apply(ciphertext), StandardCharsets.UTF_8);
    }

    private CipherCall cipher(int mode, byte[] iv, String kid) {
        return input -> {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, iv));
                cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
                return cipher.doFinal(input);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(
                        "Cannot " + (mode == Cipher.ENCRYPT_MODE ? "encrypt" : "decrypt")
                                + " the private part of signing key " + kid
                                + " (was grantry.keys.encryption-key changed?)",
                        e);
            }
        };
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            current = derive(serverSecrets.keyEncryptionKey());
            key = current;
        }
        return current;
    }

    private static SecretKeySpec derive(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(digest, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @FunctionalInterface
    private interface CipherCall {
        byte[] apply(byte[] input);
    }
}
