package com.showroomassistant.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.shared.TenantId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaStoreTest {

    @TempDir
    Path dir;

    @Test
    void findsOnlyThisTenantsOwnFilesInStoredFields() {
        var store = new MediaStore(
                new MediaProperties(dir, 1_000_000L, Duration.ofSeconds(5), List.of()), "https://app.example/");
        String own = "https://app.example/media/7/" + "a".repeat(40) + ".jpg";
        String otherTenant = "https://app.example/media/8/" + "b".repeat(40) + ".jpg";
        String gateway = "https://gateway.example/media/7/" + "c".repeat(40) + ".jpg";
        String meta = "{\"url\":\"" + own + "\",\"caption\":\"x\"} " + otherTenant + " " + gateway;

        assertThat(store.urlsIn(new TenantId(7), List.of(meta, own + " ", "no media")))
                .containsExactly(own);
    }
}
