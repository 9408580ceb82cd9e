package com.showroomassistant.pipeline;

import com.showroomassistant.assistant.Answer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What completing a turn writes, all in one transaction. */
final class TurnResult {

    record Classified(long messageId, String intent, double confidence, String entitiesJson) {}

    record Outgoing(String recipient, Long conversationId, String senderType, String text, List<Answer.Photo> photos) {}

    final List<Classified> classified = new ArrayList<>();
    final List<Outgoing> outgoing = new ArrayList<>();
    String lastIntent;
    String interestModel;
    String escalation;
    Boolean optedOut;
    Instant afterHoursSentAt;
    boolean welcomed;
    boolean resumed;
    boolean spam;
    int processingMs;
    /**
     * Other modules' writes that belong to this turn, idempotent: made in the completion's transaction, or on
     * PostgreSQL's one-statement completion just before it.
     */
    final List<Runnable> writes = new ArrayList<>();

    void alsoWrite(Runnable write) {
        writes.add(write);
    }

    void reply(Turn turn, String senderType, String text, List<Answer.Photo> photos) {
        if ((text == null || text.isBlank()) && (photos == null || photos.isEmpty())) {
            return; // nothing to say (e.g. an after-hours message left empty): never queue an empty send
        }
        outgoing.add(new Outgoing(turn.customer(), turn.conversationId(), senderType, text, photos));
    }
}
