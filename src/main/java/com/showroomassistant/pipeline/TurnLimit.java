package com.showroomassistant.pipeline;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * At most {@code showroom.pipeline.max-turns} assistant turns per conversation in each {@code turn-window}: a turn past
 * it is put off to the next window, and the messages that arrive meanwhile wait with it and are answered together.
 * One customer (or a script on one number) then costs a bounded number of LLM calls, whatever it sends. Counted per
 * instance: with N instances a conversation that moves between them may get up to N times the turns.
 */
@Component
class TurnLimit {

    private final RateLimiterConfig config;
    private final Cache<Long, AtomicRateLimiter> turns;

    TurnLimit(PipelineProperties properties) {
        this.config = RateLimiterConfig.custom()
                .limitForPeriod(properties.maxTurns())
                .limitRefreshPeriod(properties.turnWindow())
                .timeoutDuration(Duration.ZERO)
                .build();
        this.turns = Caffeine.newBuilder()
                .maximumSize(200_000)
                .expireAfterAccess(properties.turnWindow().multipliedBy(2))
                .build();
    }

    /** Counts a turn of the conversation now, or answers how long it must wait (nothing is counted then). */
    Duration take(long conversationId) {
        AtomicRateLimiter limiter = turns.get(conversationId, id -> new AtomicRateLimiter("turns-" + id, config));
        if (limiter.acquirePermission()) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(Math.max(1_000_000, limiter.getDetailedMetrics().getNanosToWait()));
    }
}
