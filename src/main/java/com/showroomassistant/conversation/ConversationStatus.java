package com.showroomassistant.conversation;

import java.util.Arrays;
import java.util.Set;

/**
 * Where a conversation is in its life: the assistant answers an active one, staff own an escalated one, and a
 * closed one is over (the customer's next message opens a new one). Moves other than these are refused.
 */
public enum ConversationStatus {
    ACTIVE("active"),
    ESCALATED("escalated"),
    CLOSED("closed");

    private final String value;

    ConversationStatus(String value) {
        this.value = value;
    }

    /** As stored in {@code conversation.status}. */
    public String value() {
        return value;
    }

    public static ConversationStatus of(String value) {
        return Arrays.stream(values())
                .filter(s -> s.value.equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown conversation status: " + value));
    }

    /** Escalate, resolve or close: a closed conversation never reopens. */
    public boolean canMoveTo(ConversationStatus next) {
        return switch (this) {
            case ACTIVE -> Set.of(ESCALATED, CLOSED).contains(next);
            case ESCALATED -> Set.of(ACTIVE, CLOSED).contains(next);
            case CLOSED -> false;
        };
    }
}
