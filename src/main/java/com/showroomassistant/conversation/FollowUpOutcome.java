package com.showroomassistant.conversation;

import java.time.Instant;

/** What became of a follow-up offered to the {@link Outbox}. */
public sealed interface FollowUpOutcome {

    /** Queued: the message goes out at {@code sendAt}, the account's paced slot. */
    record Queued(long messageId, long conversationId, Instant sendAt) implements FollowUpOutcome {}

    /** Not now for this customer: opted out, escalated, with a human, a staff phone, or writing right now. */
    record Unreachable() implements FollowUpOutcome {}

    /** The account has no slot before the horizon: nothing more for it in this pass. */
    record NoSlot() implements FollowUpOutcome {}
}
