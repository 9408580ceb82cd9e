package com.showroomassistant.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param directory where stored photos live, one sub-directory per tenant
 * @param maxBytes largest photo accepted (from the gateway, an upload or a photo URL)
 * @param fetchTimeout how long fetching a photo URL may take
 * @param trustedPhotoHosts {@code host:port} of image servers on a private or loopback address that photo URLs may
 * name all the same (an operator's own image server); every other such address is refused
 */
@ConfigurationProperties("showroom.media")
public record MediaProperties(Path directory, Long maxBytes, Duration fetchTimeout, List<String> trustedPhotoHosts) {

    public MediaProperties {
        directory = directory == null ? Path.of("data", "photos") : directory;
        maxBytes = maxBytes == null ? 10L * 1024 * 1024 : maxBytes;
        fetchTimeout = fetchTimeout == null ? Duration.ofSeconds(10) : fetchTimeout;
        trustedPhotoHosts = trustedPhotoHosts == null ? List.of() : List.copyOf(trustedPhotoHosts);
    }
}
