package com.showroomassistant.gateway;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("aimeow")
public record AimeowProperties(String baseUrl, Duration connectTimeout, Duration readTimeout) {

    public AimeowProperties {
        baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
    }

    public boolean enabled() {
        return !baseUrl.isBlank();
    }
}
