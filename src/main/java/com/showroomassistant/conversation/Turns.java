package com.showroomassistant.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A conversation's turns, as the workers take them: a due conversation is claimed with a conditional lease update
 * (one holder at a time, across instances), its pending inbound messages are read as one {@link Turn}, and the
 * turn's outcome is written fenced by that lease. {@link ConversationStorage} picks the implementation for the
 * database at start.
 */
public interface Turns {

    /** A worker's hold on a conversation; the owner is unique to one claim. */
    record Lease(long conversationId, String owner) {}

    /** Conversations due for work and not held, the longest waiting first. */
    List<Long> due(Instant now, int limit);

    /**
     * Claims the conversation if it is due and not held, and reads its turn: the pending inbound messages and up to
     * {@code historyLimit} messages before them. Empty when it is not due or another holder has it.
     */
    Optional<Turn> claim(Lease lease, Instant now, Duration duration, int historyLimit);

    /** Extends a lease we still hold; a lost lease stays lost (the fence then refuses our outcome). */
    boolean renew(Lease lease, Instant now, Duration duration);

    /**
     * Writes the turn's outcome and releases the lease; empty (nothing of the turn written) if the lease was lost.
     * Replies to the customer are dropped when a human took over while the turn was decided. The first customer
     * reply is stored already leased for sending when nothing of the conversation waits before it, so this instance
     * sends it at once (the outbox's poll takes it only if that lease runs out).
     */
    Optional<RepliesQueued> complete(Lease lease, Turn turn, TurnOutcome outcome, Instant now);

    /**
     * A turn that threw: its messages back off and are retried, or after {@code maxAttempts} they are marked failed,
     * {@code onGiveUp} is queued and the conversation escalates. False when the lease was lost (nothing written).
     */
    boolean fail(Lease lease, Turn turn, String error, int maxAttempts, Instant now, List<TurnOutcome.Reply> onGiveUp);

    /**
     * Hands a conversation back untouched, due again at {@code dueAt}: messages stored meanwhile keep that time (the
     * inbox only sets a missing one), so they are answered together then.
     */
    void postpone(Lease lease, Instant dueAt);

    /** Hands a conversation back without an outcome (nothing pending, or shutting down). */
    void release(Lease lease, long seenSeq, Instant now);

    /** Re-queues conversations whose pending messages lost their due time (belt and braces). */
    int requeueStranded(Instant now);

    /** Pending inbound messages, across all conversations. */
    long inboxDepth();
}
