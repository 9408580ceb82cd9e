package com.showroomassistant.assistant.llm;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** CONTRACT 5's body; {@code tools} only when the turn offers the model actions (null, and omitted, otherwise). */
@JsonPropertyOrder({"model", "messages", "temperature", "max_tokens", "tools"})
record ChatRequest(
        String model,
        List<ChatMessage> messages,
        double temperature,
        @JsonProperty("max_tokens") int maxTokens,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Tool> tools) {

    ChatRequest {
        tools = tools == null || tools.isEmpty() ? null : List.copyOf(tools);
    }
}
