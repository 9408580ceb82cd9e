package com.showroomassistant.pipeline;

import com.showroomassistant.assistant.Answer;
import com.showroomassistant.conversation.Turn;
import com.showroomassistant.conversation.TurnOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What a turn decided, gathered while it is handled; {@link #outcome} is what completing it writes. */
final class TurnResult {

    final List<TurnOutcome.Classified> classified = new ArrayList<>();
    final List<TurnOutcome.Reply> outgoing = new ArrayList<>();
    String lastIntent;
    String interestModel;
    String escalation;
    Boolean optedOut;
    Instant afterHoursSentAt;
    boolean welcomed;
    boolean resumed;
    boolean spam;
    int processingMs;
    /** Other modules' writes that belong to this turn, idempotent (see {@link TurnOutcome#writes}). */
    final List<Runnable> writes = new ArrayList<>();

    void alsoWrite(Runnable write) {
        writes.add(write);
    }

    void reply(Turn turn, String senderType, String text, List<Answer.Photo> photos) {
        if ((text == null || text.isBlank()) && (photos == null || photos.isEmpty())) {
            return; // nothing to say (e.g. an after-hours message left empty): never queue an empty send
        }
        List<TurnOutcome.Photo> stored = photos == null
                ? List.of()
                : photos.stream()
                        .map(p -> new TurnOutcome.Photo(p.url(), p.caption()))
                        .toList();
        outgoing.add(new TurnOutcome.Reply(turn.customer(), turn.conversationId(), senderType, text, stored));
    }

    TurnOutcome outcome() {
        return new TurnOutcome(
                classified,
                outgoing,
                lastIntent,
                interestModel,
                escalation,
                optedOut,
                afterHoursSentAt,
                welcomed,
                resumed,
                processingMs,
                writes);
    }
}
