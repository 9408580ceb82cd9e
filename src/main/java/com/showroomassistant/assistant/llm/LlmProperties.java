package com.showroomassistant.assistant.llm;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("zai")
public record LlmProperties(
        String apiKey,
        String baseUrl,
        String textModel,
        String visionModel,
        long timeoutMs,
        int maxAttempts,
        Duration initialBackoff,
        Duration totalBudget,
        int breakerMinimumCalls,
        Boolean toolCalls) {

    public LlmProperties(
            String apiKey,
            String baseUrl,
            String textModel,
            String visionModel,
            long timeoutMs,
            int maxAttempts,
            Duration initialBackoff,
            Duration totalBudget) {
        this(apiKey, baseUrl, textModel, visionModel, timeoutMs, maxAttempts, initialBackoff, totalBudget, 0, null);
    }

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    public LlmProperties {
        apiKey = apiKey == null ? "" : apiKey.strip();
        baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
        textModel = textModel == null || textModel.isBlank() ? "glm-4.6" : textModel.strip();
        visionModel = visionModel == null || visionModel.isBlank() ? "glm-4.5v" : visionModel.strip();
        timeoutMs = timeoutMs <= 0 ? 30_000 : timeoutMs;
        maxAttempts = maxAttempts <= 0 ? 3 : maxAttempts;
        initialBackoff = initialBackoff == null ? Duration.ofMillis(500) : initialBackoff;
        totalBudget = totalBudget == null ? Duration.ofSeconds(45) : totalBudget;
        breakerMinimumCalls = breakerMinimumCalls <= 0 ? 5 : breakerMinimumCalls;
        toolCalls = toolCalls == null || toolCalls; // OpenAI-style tools on by default; off for endpoints without them
    }

    public boolean enabled() {
        return !apiKey.isBlank() && !baseUrl.isBlank();
    }

    /** The base URL is used as given (it may carry a path such as /api/coding/paas/v4). */
    String chatCompletionsUrl() {
        return baseUrl + "/chat/completions";
    }

    @Override
    public String toString() {
        return "LlmProperties[apiKey=" + (apiKey.isBlank() ? "<unset>" : "<set>")
                + ", baseUrl=" + baseUrl
                + ", textModel=" + textModel
                + ", visionModel=" + visionModel
                + ", timeoutMs=" + timeoutMs
                + ", maxAttempts=" + maxAttempts
                + ", initialBackoff=" + initialBackoff
                + ", totalBudget=" + totalBudget + "]";
    }
}
