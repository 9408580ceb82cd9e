package com.showroomassistant.assistant;

/** What the reply guard decided about one draft. */
public record GuardVerdict(Decision decision, String reason) {

    public enum Decision {
        /** The draft goes out unchanged. */
        SEND,
        /** The draft goes out, and a person takes the conversation over: the draft defers to one. */
        SEND_AND_ESCALATE,
        /** The draft breaks a rule: it is never sent, and a person takes over. */
        WITHHOLD
    }

    static GuardVerdict send() {
        return new GuardVerdict(Decision.SEND, null);
    }

    static GuardVerdict escalate(String reason) {
        return new GuardVerdict(Decision.SEND_AND_ESCALATE, reason);
    }

    static GuardVerdict withhold(String reason) {
        return new GuardVerdict(Decision.WITHHOLD, reason);
    }

    public boolean withheld() {
        return decision == Decision.WITHHOLD;
    }
}
