package com.showroomassistant.assistant.llm;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The parts of a chat completion we use; reasoning_content and everything else is ignored. */
record ChatResponse(String model, List<Choice> choices, Usage usage) {

    String firstContent() {
        if (choices == null
                || choices.isEmpty()
                || choices.getFirst() == null
                || choices.getFirst().message() == null) {
            return null;
        }
        return choices.getFirst().message().content();
    }

    record Choice(Message message) {}

    List<ToolCall> firstToolCalls() {
        if (choices == null
                || choices.isEmpty()
                || choices.getFirst() == null
                || choices.getFirst().message() == null
                || choices.getFirst().message().toolCalls() == null) {
            return List.of();
        }
        return choices.getFirst().message().toolCalls().stream()
                .filter(c -> c != null && c.function() != null && c.function().name() != null)
                .map(c -> new ToolCall(
                        c.function().name(),
                        c.function().arguments() == null ? "{}" : c.function().arguments()))
                .toList();
    }

    record Message(
            String content, @JsonProperty("tool_calls") List<Call> toolCalls) {}

    record Call(String id, String type, FunctionCall function) {}

    record FunctionCall(String name, String arguments) {}

    record Usage(
            @JsonProperty("prompt_tokens") Integer promptTokens,
            @JsonProperty("completion_tokens") Integer completionTokens) {}
}
