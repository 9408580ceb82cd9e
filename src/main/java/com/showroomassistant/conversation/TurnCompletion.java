package com.showroomassistant.conversation;

import static com.showroomassistant.conversation.ConversationStatus.ACTIVE;
import static com.showroomassistant.conversation.ConversationStatus.ESCALATED;

import com.showroomassistant.conversation.Turns.Lease;
import com.showroomassistant.shared.Timestamps;
import com.showroomassistant.tenant.MessageTemplate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a turn's outcome in one transaction fenced by the lease, on any database: the conversation's new state and
 * the lease's release, its messages marked done, its replies queued. A turn that threw backs off, or escalates.
 */
@Component
class TurnCompletion {

    /**
     * The conversation's columns a turn's outcome sets, and the lease's release; parameters from outcomeParams. The
     * status moves here, fenced in SQL: an escalation, or a resumption of an escalated conversation.
     */
    static final String TURN_OUTCOME = """
            last_intent = coalesce(?, last_intent), interest_model = coalesce(?, interest_model),
            status = case when ? then '%s' when ? then '%s' else status end,
            escalated_at = case when ? then ? when ? then null else escalated_at end,
            escalation_reason = case when ? then ? when ? then null else escalation_reason end,
            staff_notified_at = case when ? then ? else staff_notified_at end,
            human_active_at = case when ? then null else human_active_at end,
            opted_out = coalesce(?, opted_out),
            after_hours_sent_at = coalesce(?, after_hours_sent_at),
            welcomed = welcomed or ?,
            lease_owner = null, lease_until = null,
            work_due_at = case when inbox_seq = ? then null else ? end
            """.formatted(ESCALATED.value(), ACTIVE.value());

    private static final String INSERT_OUTBOUND = outboundFrom("c", "?") + " from conversation c where c.id = ?";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ConversationEvents events;
    private final TransactionTemplate transaction;

    TurnCompletion(JdbcClient jdbc, JsonMapper json, ConversationEvents events, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
        this.transaction = transaction;
    }

    static List<Object> outcomeParams(Turn turn, TurnOutcome outcome, OffsetDateTime at, boolean resumable) {
        boolean resumed = outcome.resumed() && resumable;
        boolean escalating = outcome.escalation() != null;
        return new ArrayList<>(Arrays.asList(
                outcome.lastIntent(),
                outcome.interestModel(),
                escalating,
                resumed,
                escalating,
                at,
                resumed,
                escalating,
                outcome.escalation(),
                resumed,
                escalating,
                at,
                resumed,
                outcome.optedOut(),
                Timestamps.db(outcome.afterHoursSentAt()),
                outcome.welcomed(),
                turn.inboxSeq(),
                at));
    }

    /**
     * Stores an outbound message selected with the conversation's row {@code row}, leased until the last but one
     * parameter unless an earlier message of the conversation still waits to be sent (then it waits its turn); the
     * last is its purpose ({@link #purpose}).
     */
    static String outboundFrom(String row, String conversationId) {
        return """
                insert into message (tenant_id, account_id, conversation_id, direction, sender_type, content, message_type,
                                     media_meta, state, recipient, reply_to_id, next_attempt_at, lease_until, purpose)
                select tenant_id, account_id, %2$s, 'outbound', ?, ?, ?, ?, 'pending', ?, ?, ?,
                       case when exists (select 1 from message p where p.conversation_id = %1$s.id
                                           and p.direction = 'outbound' and p.state = 'pending') then null
                            else cast(? as timestamp with time zone) end, ?
                """.formatted(row, conversationId);
    }

    /** Writes the turn's outcome and releases the lease, in a transaction; empty (nothing written) if the lease was lost. */
    Optional<RepliesQueued> complete(Lease lease, Turn turn, TurnOutcome outcome, Instant now) {
        return transaction.execute(status -> completeInTransaction(lease, turn, outcome, now));
    }

    private Optional<RepliesQueued> completeInTransaction(Lease lease, Turn turn, TurnOutcome outcome, Instant now) {
        var at = Timestamps.db(now);
        // the common case in one round trip: the conversation's update is fenced by the lease and by the state the
        // turn was loaded with, and takes the row's lock; only when either changed is the row read under lock
        boolean takenOver = false;
        if (updateConversation(lease, turn, outcome, at, true, true) == 0) {
            var held = lockIfHeld(lease, turn);
            if (held.isEmpty()) {
                return Optional.empty();
            }
            takenOver = held.get().takenOver();
            updateConversation(lease, turn, outcome, at, !takenOver, false);
        }
        outcome.writes().forEach(Runnable::run);
        for (TurnOutcome.Classified c : outcome.classified()) {
            jdbc.sql("""
                    update message set state = 'done', intent = ?, confidence = ?, entities = ?, processing_ms = ?,
                           turn_size = ?
                     where id = ? and state = 'pending'""")
                    .params(
                            c.intent(),
                            c.confidence(),
                            c.entitiesJson(),
                            outcome.processingMs(),
                            turn.messages().size(),
                            c.messageId())
                    .update();
        }
        long replyTo = turn.messages().getLast().id();
        Instant sendLease = turn.gatewayClientId() == null ? null : now.plus(RepliesQueued.SEND_LEASE);
        List<RepliesQueued.Leased> leased = new ArrayList<>();
        boolean others = false;
        for (TurnOutcome.Reply reply : outcome.replies()) {
            if (takenOver && reply.conversationId() != null) {
                continue;
            }
            var stored = insertOutbound(
                    lease,
                    turn,
                    reply,
                    replyTo,
                    at,
                    reply.conversationId() == null ? null : sendLease,
                    turn.gatewayClientId());
            if (stored.isPresent()) {
                leased.add(stored.get());
            } else {
                others = true;
            }
        }
        if (outcome.escalation() != null) {
            events.escalated(turn.conversationId(), outcome.escalation(), at);
        }
        return Optional.of(new RepliesQueued(leased, others));
    }

    /**
     * The turn's state and the lease's release in one statement; a message stored after the turn was loaded bumped
     * inbox_seq, so the conversation stays due for it.
     *
     * @param resumable whether the outcome may resume an escalated conversation (not when a human took over meanwhile)
     * @param asLoaded also require the status and human takeover the turn was loaded with (the one-round-trip path)
     */
    private int updateConversation(
            Lease lease, Turn turn, TurnOutcome outcome, OffsetDateTime at, boolean resumable, boolean asLoaded) {
        var params = outcomeParams(turn, outcome, at, resumable);
        params.addAll(Arrays.asList(
                turn.conversationId(),
                lease.owner(),
                !asLoaded,
                turn.status().value(),
                Timestamps.db(turn.humanActiveAt())));
        return jdbc.sql("update conversation set " + TURN_OUTCOME + """
                 where id = ? and lease_owner = ?
                   and (? or (status = ? and human_active_at is not distinct from ?))""")
                .params(params)
                .update();
    }

    /** A turn that threw: back off and retry, or after the last attempt mark it failed and escalate. */
    boolean fail(Lease lease, Turn turn, String error, int maxAttempts, Instant now, List<TurnOutcome.Reply> onGiveUp) {
        return transaction.execute(status -> failInTransaction(lease, turn, error, maxAttempts, now, onGiveUp));
    }

    private boolean failInTransaction(
            Lease lease, Turn turn, String error, int maxAttempts, Instant now, List<TurnOutcome.Reply> onGiveUp) {
        if (lockIfHeld(lease, turn).isEmpty()) {
            return false;
        }
        String reason = error.length() > 480 ? error.substring(0, 480) : error;
        int attempts = turn.maxAttempts() + 1;
        if (attempts < maxAttempts) {
            for (Turn.Pending p : turn.messages()) {
                jdbc.sql("update message set attempts = attempts + 1, last_error = ? where id = ?")
                        .params(reason, p.id())
                        .update();
            }
            Instant retryAt = now.plusSeconds(Math.min(30, 1L << attempts));
            jdbc.sql("update conversation set lease_owner = null, lease_until = null, work_due_at = ? where id = ?")
                    .params(Timestamps.db(retryAt), turn.conversationId())
                    .update();
            return true;
        }
        var at = Timestamps.db(now);
        for (Turn.Pending p : turn.messages()) {
            jdbc.sql("update message set state = 'failed', attempts = attempts + 1, last_error = ? where id = ?")
                    .params(reason, p.id())
                    .update();
        }
        for (TurnOutcome.Reply reply : onGiveUp) {
            insertOutbound(lease, turn, reply, turn.messages().getLast().id(), at, null, null);
        }
        if (turn.status() != ESCALATED) {
            events.escalated(turn.conversationId(), "processing_failed", at);
        }
        jdbc.sql("""
                update conversation set status = ?, escalated_at = ?, escalation_reason = 'processing_failed',
                       staff_notified_at = ?, lease_owner = null, lease_until = null,
                       work_due_at = case when inbox_seq = ? then null else ? end
                 where id = ?""")
                .params(ESCALATED.value(), at, at, turn.inboxSeq(), at, turn.conversationId())
                .update();
        return true;
    }

    /** @param takenOver a human replied or the conversation was escalated after this turn was loaded */
    private record Held(boolean takenOver) {}

    /** Locks the conversation if the lease is still ours; empty when it was lost. */
    private Optional<Held> lockIfHeld(Lease lease, Turn turn) {
        return jdbc.sql("""
                select status, human_active_at, lease_owner from conversation where id = ? for update""")
                .param(turn.conversationId())
                .query((rs, n) -> {
                    if (!lease.owner().equals(rs.getString("lease_owner"))) {
                        return Optional.<Held>empty();
                    }
                    Instant human = Timestamps.read(rs, "human_active_at");
                    boolean newHuman = human != null && !human.equals(turn.humanActiveAt());
                    boolean newEscalation =
                            ConversationStatus.of(rs.getString("status")) == ESCALATED && turn.status() != ESCALATED;
                    return Optional.of(new Held(newHuman || newEscalation));
                })
                .optional()
                .flatMap(held -> held);
    }

    /**
     * Stores an outbound message; with {@code leaseUntil}, leased for sending at once unless an earlier message of the
     * conversation still waits to be sent (then it waits its turn). Returns the message when it was leased.
     */
    private Optional<RepliesQueued.Leased> insertOutbound(
            Lease lease,
            Turn turn,
            TurnOutcome.Reply reply,
            long replyTo,
            OffsetDateTime at,
            Instant leaseUntil,
            String clientId) {
        var outbound = outbound(reply);
        var key = new GeneratedKeyHolder();
        jdbc.sql(INSERT_OUTBOUND)
                .params(
                        reply.conversationId(),
                        reply.senderType(),
                        reply.text(),
                        outbound.type(),
                        outbound.media(),
                        reply.recipient(),
                        replyTo,
                        at,
                        Timestamps.db(leaseUntil),
                        purpose(reply),
                        lease.conversationId())
                .update(key, "id", "lease_until");
        if (key.getKeys() == null || key.getKeys().get("lease_until") == null) {
            return Optional.empty();
        }
        long id = ((Number) key.getKeys().get("id")).longValue();
        return Optional.of(new RepliesQueued.Leased(
                id,
                clientId,
                reply.recipient(),
                outbound.type(),
                reply.text(),
                outbound.media(),
                purpose(reply),
                recipientWroteAt(turn, reply)));
    }

    /** A reply with no conversation is a notice to a staff phone: outside the Cloud API's window it needs a template. */
    static String purpose(TurnOutcome.Reply reply) {
        return reply.conversationId() == null ? MessageTemplate.STAFF_NOTICE : null;
    }

    /** When the reply's recipient last wrote, as the turn knows it: for a reply to its own customer. */
    static Instant recipientWroteAt(Turn turn, TurnOutcome.Reply reply) {
        return reply.conversationId() != null && reply.recipient().equals(turn.customer())
                ? turn.customerWroteAt()
                : null;
    }

    /** An outgoing message's stored form: "text", or "images" with the photos as JSON. */
    record Outbound(String type, String media) {}

    Outbound outbound(TurnOutcome.Reply reply) {
        return reply.isImages()
                ? new Outbound("images", json.writeValueAsString(reply.photos()))
                : new Outbound("text", null);
    }
}
