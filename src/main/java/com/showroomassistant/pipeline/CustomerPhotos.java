package com.showroomassistant.pipeline;

import com.showroomassistant.gateway.Gateways;
import com.showroomassistant.media.MediaStore;
import com.showroomassistant.shared.TenantId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps a customer's photo as staff photos are kept: fetched from the gateway at once (its file URLs die with a
 * gateway restart) into the service's media store, so staff still see the trade-in car days later.
 */
@Component
class CustomerPhotos {

    private static final Logger log = LoggerFactory.getLogger(CustomerPhotos.class);

    private final Gateways gateway;
    private final MediaStore media;

    CustomerPhotos(Gateways gateway, MediaStore media) {
        this.gateway = gateway;
        this.media = media;
    }

    /** The photo as kept: its bytes (for the vision model) and this service's URL of it. */
    record Kept(byte[] bytes, String url) {}

    Optional<Kept> keep(TenantId tenant, String fileUrl) {
        try {
            byte[] bytes = gateway.download(tenant, fileUrl, media.maxBytes());
            return Optional.of(new Kept(bytes, media.storeImage(tenant, bytes)));
        } catch (RuntimeException e) {
            log.warn("customer photo not kept: {}", e.toString());
            return Optional.empty();
        }
    }
}
