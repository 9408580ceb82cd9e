package com.showroomassistant.media;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param directory where stored photos live, one sub-directory per tenant
 * @param maxBytes largest photo accepted from the gateway
 */
@ConfigurationProperties("showroom.media")
public record MediaProperties(Path directory, Long maxBytes) {

    public MediaProperties {
        directory = directory == null ? Path.of("data", "photos") : directory;
        maxBytes = maxBytes == null ? 10L * 1024 * 1024 : maxBytes;
    }
}
