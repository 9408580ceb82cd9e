package com.showroomassistant.conversation;

import java.time.Instant;
import java.util.List;

/**
 * What completing a turn writes: each pending message's classification, the replies to queue, and the
 * conversation's new state (a null or false field leaves that column as it is).
 *
 * @param escalation why staff must take over, or null
 * @param resumed the assistant answers again: an escalation or a human takeover ends (unless one began meanwhile)
 * @param writes other modules' writes that belong to the turn, idempotent: made in the completion's transaction, or
 *     just before PostgreSQL's one-statement completion
 */
public record TurnOutcome(
        List<Classified> classified,
        List<Reply> replies,
        String lastIntent,
        String interestModel,
        String escalation,
        Boolean optedOut,
        Instant afterHoursSentAt,
        boolean welcomed,
        boolean resumed,
        int processingMs,
        List<Runnable> writes) {

    public TurnOutcome {
        classified = List.copyOf(classified);
        replies = List.copyOf(replies);
        writes = List.copyOf(writes);
    }

    public record Classified(long messageId, String intent, double confidence, String entitiesJson) {}

    /**
     * A message to send: to the conversation's customer, or with no conversation to a staff phone.
     *
     * @param photos images with captions, sent instead of the text; empty for a text message
     */
    public record Reply(String recipient, Long conversationId, String senderType, String text, List<Photo> photos) {

        boolean isImages() {
            return photos != null && !photos.isEmpty();
        }
    }

    public record Photo(String url, String caption) {}

    TurnOutcome withoutWrites() {
        return new TurnOutcome(
                classified,
                replies,
                lastIntent,
                interestModel,
                escalation,
                optedOut,
                afterHoursSentAt,
                welcomed,
                resumed,
                processingMs,
                List.of());
    }
}
