package com.showroomassistant.assistant.llm;

import java.util.List;

/**
 * A reply from the model: its text (empty when it only asked for tools), the tools it asked for, and token
 * counts (null when the provider did not report usage).
 */
public record Completion(
        String content,
        List<ToolCall> toolCalls,
        String model,
        Integer promptTokens,
        Integer completionTokens,
        long latencyMs) {

    public Completion {
        content = content == null ? "" : content;
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    }
}
