package com.showroomassistant.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Short-lived caches for showroom data that every message reads and that rarely changes (configuration,
 * gateway account, staff list, inventory summary). Writes on this instance evict at once; other instances
 * see a change within {@code showroom.cache.ttl} (default 2 s, 0 turns caching off). Saves one database round
 * trip per read on the hot path.
 */
@Component
public class ReadCaches {

    private final Duration ttl;
    private final MeterRegistry meters;

    ReadCaches(@Value("${showroom.cache.ttl:2s}") Duration ttl, MeterRegistry meters) {
        this.ttl = ttl;
        this.meters = meters;
    }

    public <K, V> Cache<K, V> create(String name) {
        return create(name, 10_000);
    }

    /** @param maximumSize entries kept at most (bounds the memory of large values such as a tenant's stock) */
    public <K, V> Cache<K, V> create(String name, long maximumSize) {
        Cache<K, V> cache = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumSize(ttl.isZero() ? 0 : maximumSize)
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(meters, cache, name);
        return cache;
    }

    /**
     * Evicts now and, inside a transaction, once more when it ends: a reader that cached the old row while the
     * change was uncommitted does not keep it for a whole time to live.
     */
    public static void evict(Runnable eviction) {
        eviction.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    eviction.run();
                }
            });
        }
    }
}
