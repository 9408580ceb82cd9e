package com.showroomassistant.assistant.llm;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

@JsonPropertyOrder({"model", "messages", "temperature", "max_tokens"})
record ChatRequest(String model, List<ChatMessage> messages, double temperature,
                   @JsonProperty("max_tokens") int maxTokens) {
}
