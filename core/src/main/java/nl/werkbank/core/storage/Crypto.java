package nl.werkbank.core.storage;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/** The JDK's own primitives, used one way only: PBKDF2-HMAC-SHA256 to derive, AES-256-GCM to wrap a key. */
final class Crypto {

    static final SecureRandom RANDOM = new SecureRandom();
    static final String KDF = "PBKDF2WithHmacSHA256";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private Crypto() {
    }

    static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static byte[] derive(char[] secret, byte[] salt, int iterations) {
        KeySpec spec = new PBEKeySpec(secret, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2-HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** nonce ‖ ciphertext ‖ tag; {@code label} is bound in as associated data, so slots cannot be swapped. */
    static byte[] wrap(byte[] wrappingKey, byte[] plain, String label) {
        byte[] nonce = randomBytes(NONCE);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(wrappingKey, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(label.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = Arrays.copyOf(nonce, NONCE + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The wrapped key, or null when {@code wrappingKey} is not the one it was wrapped with. */
    static byte[] unwrap(byte[] wrappingKey, byte[] wrapped, String label) {
        if (wrapped.length <= NONCE) {
            return null;
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(wrappingKey, "AES"),
                    new GCMParameterSpec(TAG_BITS, wrapped, 0, NONCE));
            cipher.updateAAD(label.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return cipher.doFinal(wrapped, NONCE, wrapped.length - NONCE);
        } catch (AEADBadTagException wrongKey) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }
}
