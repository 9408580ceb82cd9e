package com.showroomassistant.assistant.llm;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The parts of a chat completion we use; reasoning_content and everything else is ignored. */
record ChatResponse(String model, List<Choice> choices, Usage usage) {

    String firstContent() {
        if (choices == null || choices.isEmpty() || choices.getFirst() == null || choices.getFirst().message() == null) {
            return null;
        }
        return choices.getFirst().message().content();
    }

    record Choice(Message message) {
    }

    record Message(String content) {
    }

    record Usage(@JsonProperty("prompt_tokens") Integer promptTokens,
                 @JsonProperty("completion_tokens") Integer completionTokens) {
    }
}
