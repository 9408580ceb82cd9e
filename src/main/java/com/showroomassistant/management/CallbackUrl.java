package com.showroomassistant.management;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The webhook URL registered with the gateway. The real gateway signs nothing, so the secret travels as the
 * {@code token} query parameter (CONTRACT 3.1); without a secret there is no token.
 */
record CallbackUrl(String value) {

    static CallbackUrl of(String publicBaseUrl, String secret) {
        String base = publicBaseUrl.strip().replaceAll("/+$", "") + "/api/v1/webhooks/aimeow";
        if (secret == null || secret.isBlank()) {
            return new CallbackUrl(base);
        }
        return new CallbackUrl(base + "?token=" + URLEncoder.encode(secret, StandardCharsets.UTF_8));
    }
}
