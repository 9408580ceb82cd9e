package com.showroomassistant.conversation;

/** What the webhook tells the gateway: stored, already stored, or deliberately ignored. */
public record InboxOutcome(String status, String reason, Long conversationId) {

    public static InboxOutcome accepted(long conversationId) {
        return new InboxOutcome("accepted", null, conversationId);
    }

    public static InboxOutcome duplicate() {
        return new InboxOutcome("duplicate", null, null);
    }

    public static InboxOutcome ignored(String reason) {
        return new InboxOutcome("ignored", reason, null);
    }
}
