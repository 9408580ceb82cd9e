package com.showroomassistant.tenant;

import com.showroomassistant.shared.ConflictException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts the gateway credentials kept in the database (a Cloud API access token, an app secret) with AES-256-GCM
 * under {@code SHOWROOM_SECRETS_KEY} (32 random bytes, Base64). The key lives outside the database, so a copy of the
 * database alone does not reveal the tokens. Stored form: {@code v1:} + Base64(12-byte nonce, ciphertext and tag).
 * Without a key, credentials cannot be stored: the operator API answers 409 saying so.
 */
@Component
class SecretCipher {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    SecretCipher(@Value("${showroom.secrets.key:}") String key) {
        this.key = key == null || key.isBlank() ? null : key(key.strip());
    }

    private static SecretKey key(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("SHOWROOM_SECRETS_KEY must be Base64 (32 random bytes)");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(
                    "SHOWROOM_SECRETS_KEY must be 32 bytes, Base64 encoded: openssl rand -base64 32");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    boolean configured() {
        return key != null;
    }

    String encrypt(String plain) {
        if (key == null) {
            throw new ConflictException(
                    "set SHOWROOM_SECRETS_KEY (openssl rand -base64 32) to store gateway credentials");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /** The plain text; empty-handed (an exception) when the key is missing or is not the one it was sealed with. */
    String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (key == null || !stored.startsWith(PREFIX)) {
            throw new IllegalStateException(
                    "stored gateway credentials cannot be read: SHOWROOM_SECRETS_KEY is unset or wrong");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored gateway credentials cannot be read: SHOWROOM_SECRETS_KEY is wrong");
        }
    }
}
