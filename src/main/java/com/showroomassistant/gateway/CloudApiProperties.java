package com.showroomassistant.gateway;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Meta's WhatsApp Cloud API: the Graph API base URL with its version ({@code WHATSAPP_CLOUD_BASE_URL}, a stand-in in
 * tests) and the verify token of the webhook handshake ({@code WHATSAPP_CLOUD_VERIFY_TOKEN}, one per deployment).
 */
@ConfigurationProperties("whatsapp.cloud")
public record CloudApiProperties(String baseUrl, String verifyToken, Duration connectTimeout, Duration readTimeout) {

    public CloudApiProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank()
                ? "https://graph.facebook.com/v21.0"
                : baseUrl.strip().replaceAll("/+$", "");
        verifyToken = verifyToken == null ? "" : verifyToken.strip();
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(15) : readTimeout;
    }
}
