package com.showroomassistant.assistant.llm;

/** No reply could be had from the LLM; the caller answers with the fallback message. The reason is safe to log. */
public class LlmUnavailableException extends RuntimeException {

    public LlmUnavailableException(String reason) {
        super(reason);
    }

    LlmUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
