package com.showroomassistant.inventory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves stored vehicle photos without a key: the gateway and WhatsApp fetch them by URL. */
@RestController
@Tag(name = "Vehicles")
class MediaController {

    private final PhotoStore photos;

    MediaController(PhotoStore photos) {
        this.photos = photos;
    }

    @GetMapping("/media/{tenantId}/{file}")
    @SecurityRequirements
    @Operation(summary = "A stored vehicle photo", description = "Public: the URL itself is the capability.")
    ResponseEntity<Resource> photo(@PathVariable long tenantId, @PathVariable String file) {
        return photos.find(tenantId, file)
                .<ResponseEntity<Resource>>map(path -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(PhotoStore.contentType(file)))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic())
                        .body(new FileSystemResource(path)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
