package com.showroomassistant.pipeline;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param lease how long a claimed conversation stays ours; a killed instance's work is reclaimed after it
 * @param pollInterval how often each instance looks for due work (local arrivals wake it at once)
 * @param maxInFlight conversations processed at once per instance, mostly waiting on the LLM: by Little's law a rate
 * times the LLM's latency (300/s x 1.5 s = 450), so it bounds throughput, not CPU; past it, work waits in the database
 * @param maxAttempts processing attempts of a turn before it is marked failed and escalated
 * @param messageChars the most of one message's text a turn reads (classifier, commands, prompt, history); the message
 * is stored whole
 * @param turnChars the most of a turn's text, its pending messages together, so the whole prompt is bounded
 * @param maxTurns customer turns a conversation may have in one {@code turnWindow}; later ones wait for the next window
 * and are answered together
 * @param turnWindow the window of {@code maxTurns}
 */
@ConfigurationProperties("showroom.pipeline")
public record PipelineProperties(
        Boolean enabled,
        Duration lease,
        Duration pollInterval,
        Integer maxInFlight,
        Integer maxAttempts,
        Integer historyTurns,
        Integer messageChars,
        Integer turnChars,
        Integer maxTurns,
        Duration turnWindow) {

    public PipelineProperties {
        enabled = enabled == null || enabled;
        lease = lease == null ? Duration.ofSeconds(55) : lease;
        pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
        maxInFlight = maxInFlight == null ? 2000 : maxInFlight;
        maxAttempts = maxAttempts == null ? 4 : maxAttempts;
        historyTurns = historyTurns == null ? 10 : historyTurns;
        messageChars = messageChars == null ? 2_000 : messageChars;
        turnChars = turnChars == null ? 4_000 : turnChars;
        maxTurns = maxTurns == null ? 10 : maxTurns;
        turnWindow = turnWindow == null ? Duration.ofMinutes(1) : turnWindow;
    }
}
