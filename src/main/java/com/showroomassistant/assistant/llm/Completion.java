package com.showroomassistant.assistant.llm;

/** A reply from the model; token counts are null when the provider did not report usage. */
public record Completion(String content, String model, Integer promptTokens, Integer completionTokens, long latencyMs) {
}
