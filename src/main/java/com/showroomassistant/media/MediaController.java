package com.showroomassistant.media;

import java.time.Duration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves stored photos without a key: WhatsApp and the gateway fetch them by URL. Names are content
 * hashes, so a URL cannot be guessed and a file never changes (cached for a long time).
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Vehicles")
class MediaController {

    private final MediaStore store;

    MediaController(MediaStore store) {
        this.store = store;
    }

    @GetMapping("/media/{tenantId}/{file}")
    @io.swagger.v3.oas.annotations.security.SecurityRequirements
    @io.swagger.v3.oas.annotations.Operation(
            summary = "A stored vehicle photo",
            description = "Public: the gateway fetches photos by URL; names are content hashes.")
    ResponseEntity<Resource> get(@PathVariable long tenantId, @PathVariable String file) {
        return store.find(tenantId, file)
                .<ResponseEntity<Resource>>map(path -> ResponseEntity.ok()
                        .contentType(MediaTypeFactory.getMediaType(file.replace(".jpg", ".jpeg"))
                                .orElse(MediaType.APPLICATION_OCTET_STREAM))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365))
                                .cachePublic()
                                .immutable())
                        .body(new FileSystemResource(path)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
