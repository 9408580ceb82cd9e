package com.showroomassistant.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/** CONTRACT 3.1: token query parameter, plain signature header or HMAC-SHA256 of the raw body. */
@Component
class WebhookAuthenticator {

    private final WebhookProperties properties;
    private final WebhookSecret webhookSecret;

    WebhookAuthenticator(WebhookProperties properties, WebhookSecret webhookSecret) {
        this.properties = properties;
        this.webhookSecret = webhookSecret;
    }

    boolean accepts(String token, String signature, String userAgent, byte[] body) {
        String expectedAgent = properties.userAgent();
        if (expectedAgent != null
                && !expectedAgent.isBlank()
                && (userAgent == null || !userAgent.startsWith(expectedAgent))) {
            return false;
        }
        if (webhookSecret.value().isEmpty()) {
            return true;
        }
        String secret = webhookSecret.value().get();
        if (token != null && constantTimeEquals(token, secret)) {
            return true;
        }
        if (signature == null) {
            return false;
        }
        if (signature.startsWith("sha256=")) {
            return constantTimeEquals(signature.substring(7).toLowerCase(), hmacHex(secret, body));
        }
        return constantTimeEquals(signature, secret);
    }

    static String hmacHex(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
