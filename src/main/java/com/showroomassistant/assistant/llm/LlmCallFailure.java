package com.showroomassistant.assistant.llm;

import java.time.Duration;

/** One failed attempt, classified for the retry (retryable) and the circuit breaker (countsAsOutage). */
final class LlmCallFailure extends RuntimeException {

    private final boolean retryable;
    private final boolean countsAsOutage;
    private final Duration retryAfter;

    private LlmCallFailure(
            String reason, boolean retryable, boolean countsAsOutage, Duration retryAfter, Throwable cause) {
        super(reason, cause, false, false);
        this.retryable = retryable;
        this.countsAsOutage = countsAsOutage;
        this.retryAfter = retryAfter;
    }

    static LlmCallFailure status(int status, Duration retryAfter) {
        boolean retryable = status == 429 || status == 408 || status >= 500;
        // 400/413/422 are about this one request (content filter, too long), not about the LLM being down.
        boolean outage = retryable || status == 401 || status == 403 || status == 404;
        return new LlmCallFailure("HTTP " + status, retryable, outage, retryable ? retryAfter : null, null);
    }

    static LlmCallFailure transport(String reason, Throwable cause) {
        return new LlmCallFailure(reason, true, true, null, cause);
    }

    static LlmCallFailure unusableReply(String reason) {
        return new LlmCallFailure(reason, false, false, null, null);
    }

    static LlmCallFailure giveUp(String reason, boolean countsAsOutage) {
        return new LlmCallFailure(reason, false, countsAsOutage, null, null);
    }

    boolean retryable() {
        return retryable;
    }

    boolean countsAsOutage() {
        return countsAsOutage;
    }

    /** The server's Retry-After, or null. */
    Duration retryAfter() {
        return retryAfter;
    }
}
