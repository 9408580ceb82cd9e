package com.showroomassistant.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** CONTRACT 3.1: token query parameter, plain signature header or HMAC-SHA256 of the raw body. */
@Component
class WebhookAuthenticator {

    private static final Logger log = LoggerFactory.getLogger(WebhookAuthenticator.class);
    private final WebhookProperties properties;

    WebhookAuthenticator(WebhookProperties properties) {
        this.properties = properties;
        if (!properties.authenticated()) {
            log.warn("AIMEOW_WEBHOOK_SECRET is not set: webhooks are accepted without authentication");
        }
    }

    boolean accepts(String token, String signature, String userAgent, byte[] body) {
        String expectedAgent = properties.userAgent();
        if (expectedAgent != null && !expectedAgent.isBlank()
                && (userAgent == null || !userAgent.startsWith(expectedAgent))) {
            return false;
        }
        if (!properties.authenticated()) {
            return true;
        }
        String secret = properties.secret();
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
