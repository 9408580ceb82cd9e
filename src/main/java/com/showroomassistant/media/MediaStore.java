package com.showroomassistant.media;

import com.showroomassistant.shared.TenantId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Photos on local disk, named by their content hash: storing the same bytes twice is one file, and a
 * half-written file is never visible (written aside, then moved into place).
 */
@Component
public class MediaStore {

    static final Pattern FILE_NAME = Pattern.compile("[0-9a-f]{40}\\.(jpg|png|webp|gif)");
    private final MediaProperties properties;
    private final String publicBaseUrl;

    MediaStore(MediaProperties properties, @Value("${showroom.public-base-url}") String publicBaseUrl) {
        this.properties = properties;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    public long maxBytes() {
        return properties.maxBytes();
    }

    /** Keeps an image and answers its public URL; bytes that are not a JPEG, PNG, WebP or GIF are refused. */
    public String storeImage(TenantId tenant, byte[] bytes) {
        String extension = imageType(bytes).orElseThrow(() -> new IllegalArgumentException("not an image"));
        String name = sha1(bytes) + "." + extension;
        Path dir = tenantDir(tenant);
        Path target = dir.resolve(name);
        try {
            Files.createDirectories(dir);
            if (!Files.exists(target)) {
                Path temp = Files.createTempFile(dir, "upload-", ".part");
                Files.write(temp, bytes);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return publicBaseUrl + "/media/" + tenant.value() + "/" + name;
    }

    /** Whether the URL is one this store handed out for that tenant, with its file still here. */
    public boolean isStored(TenantId tenant, String url) {
        String prefix = publicBaseUrl + "/media/" + tenant.value() + "/";
        return url != null
                && url.startsWith(prefix)
                && find(tenant.value(), url.substring(prefix.length())).isPresent();
    }

    /** Removes a file this store handed out for that tenant; false when the URL is not one, or it is gone already. */
    public boolean delete(TenantId tenant, String url) {
        String prefix = publicBaseUrl + "/media/" + tenant.value() + "/";
        if (url == null || !url.startsWith(prefix)) {
            return false;
        }
        return find(tenant.value(), url.substring(prefix.length()))
                .map(file -> {
                    try {
                        return Files.deleteIfExists(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .orElse(false);
    }

    /** The URLs this store hands out for that tenant, found anywhere in the texts (a stored message's fields). */
    public List<String> urlsIn(TenantId tenant, List<String> texts) {
        String prefix = publicBaseUrl + "/media/" + tenant.value() + "/";
        Pattern own = Pattern.compile(Pattern.quote(prefix) + FILE_NAME.pattern());
        LinkedHashSet<String> urls = new LinkedHashSet<>();
        for (String text : texts) {
            var m = own.matcher(text);
            while (m.find()) {
                urls.add(m.group());
            }
        }
        return List.copyOf(urls);
    }

    /** Whether the URL is one of this service's own media URLs (any tenant's). */
    public boolean isOwnUrl(String url) {
        return url != null && url.startsWith(publicBaseUrl + "/media/");
    }

    /** A stored file of that tenant, if the name is one this store could have written. */
    Optional<Path> find(long tenant, String name) {
        if (!FILE_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = tenantDir(new TenantId(tenant)).resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private Path tenantDir(TenantId tenant) {
        return properties.directory().resolve(Long.toString(tenant.value()));
    }

    static Optional<String> imageType(byte[] b) {
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return Optional.of("jpg");
        }
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of("png");
        }
        if (b.length > 12
                && b[0] == 'R'
                && b[1] == 'I'
                && b[2] == 'F'
                && b[3] == 'F'
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
            return Optional.of("webp");
        }
        if (b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return Optional.of("gif");
        }
        return Optional.empty();
    }

    private static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
