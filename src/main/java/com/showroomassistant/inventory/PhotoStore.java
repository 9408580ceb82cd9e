package com.showroomassistant.inventory;

import com.showroomassistant.shared.InvalidFieldException;
import com.showroomassistant.shared.TenantId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Vehicle photos on local disk, one folder per tenant, served at {@code /media/{tenantId}/{file}}. URLs are absolute
 * (PUBLIC_BASE_URL) because the gateway fetches them to send images; random names keep them unguessable.
 */
@Component
public class PhotoStore {

    public record Photo(String url, String contentType) {}

    private final Path root;
    private final String publicBaseUrl;

    PhotoStore(
            @Value("${showroom.photos.dir:./data/photos}") String dir,
            @Value("${showroom.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.root = Path.of(dir).toAbsolutePath().normalize();
        this.publicBaseUrl = publicBaseUrl.strip().replaceAll("/+$", "");
    }

    /** Stores an image (JPEG, PNG or WebP, told by its bytes, not by what the caller claims) and returns its URL. */
    public String store(TenantId tenant, byte[] image) {
        String extension = extensionOf(image)
                .orElseThrow(() -> new InvalidFieldException("file", "must be a JPEG, PNG or WebP image"));
        String name = UUID.randomUUID() + "." + extension;
        try {
            Path folder = Files.createDirectories(root.resolve(Long.toString(tenant.value())));
            Path temp = Files.createTempFile(folder, "upload-", ".part");
            Files.write(temp, image);
            Files.move(temp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store photo", e);
        }
        return publicBaseUrl + "/media/" + tenant.value() + "/" + name;
    }

    /** A stored photo file; empty for any name this store would not have written. */
    Optional<Path> find(long tenantId, String name) {
        if (!name.matches("[0-9a-f\\-]{36}\\.(jpg|png|webp)")) {
            return Optional.empty();
        }
        Path file = root.resolve(Long.toString(tenantId)).resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    static String contentType(String name) {
        return name.endsWith(".png") ? "image/png" : name.endsWith(".webp") ? "image/webp" : "image/jpeg";
    }

    private static Optional<String> extensionOf(byte[] b) {
        if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return Optional.of("jpg");
        }
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of("png");
        }
        if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of("webp");
        }
        return Optional.empty();
    }
}
