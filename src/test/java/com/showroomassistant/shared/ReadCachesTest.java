package com.showroomassistant.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class ReadCachesTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void aValueCachedWhileTheChangeWasUncommittedIsEvictedAgainWhenTheTransactionEnds() {
        var cache = new ReadCaches(Duration.ofHours(1), meters).<String, String>create("test");
        cache.put("tenant-1", "old");
        TransactionSynchronizationManager.initSynchronization();
        try {
            ReadCaches.evict(() -> cache.invalidate("tenant-1"));
            assertThat(cache.getIfPresent("tenant-1")).isNull();
            cache.put("tenant-1", "old"); // a concurrent reader saw the row before the commit
            for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
                s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED);
            }
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(cache.getIfPresent("tenant-1")).isNull();
    }

    @Test
    void outsideATransactionEvictionIsImmediateAndAZeroTimeToLiveCachesNothing() {
        var cache = new ReadCaches(Duration.ofHours(1), meters).<String, String>create("a");
        cache.put("k", "v");
        ReadCaches.evict(() -> cache.invalidate("k"));
        assertThat(cache.getIfPresent("k")).isNull();

        var off = new ReadCaches(Duration.ZERO, meters).<String, String>create("b");
        assertThat(off.get("k", key -> "loaded")).isEqualTo("loaded");
        off.cleanUp();
        assertThat(off.getIfPresent("k")).isNull();
        assertThat(meters.find("cache.gets").tag("cache", "b").meters()).isNotEmpty();
    }
}
