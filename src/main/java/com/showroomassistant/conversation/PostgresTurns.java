package com.showroomassistant.conversation;

import static com.showroomassistant.conversation.TurnCompletion.TURN_OUTCOME;
import static com.showroomassistant.conversation.TurnCompletion.outboundFrom;
import static com.showroomassistant.conversation.TurnCompletion.outcomeParams;

import com.showroomassistant.conversation.TurnMessages.Claimed;
import com.showroomassistant.shared.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The turns on PostgreSQL: a claim reads the conversation and its newest messages in one statement, and the common
 * turn completes in one statement (H2 has no data-modifying CTEs). What these leave goes the portable way.
 */
class PostgresTurns extends PortableTurns {

    /** Parameters: outcomeParams, the fence, the message's classification, then the reply (whether there is one last). */
    private static final String COMPLETE_IN_ONE_STATEMENT =
            "with held as (update conversation set " + TURN_OUTCOME + """
                 where id = ? and lease_owner = ? and status = ? and human_active_at is not distinct from ?
                returning id, tenant_id, account_id),
             done as (
                update message set state = 'done', intent = ?, confidence = ?, entities = ?, processing_ms = ?,
                       turn_size = ?
                 where id = ? and state = 'pending' and exists (select 1 from held)),
             reply as (""" + outboundFrom("held", "id") + """
                  from held where ?
                returning id, lease_until)
            select (select count(*) from held) as held, reply.id, reply.lease_until
              from (select 1) one left join reply on true""";

    PostgresTurns(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TurnMessages messages, TurnCompletion completion) {
        super(jdbc, jdbcTemplate, messages, completion);
    }

    /**
     * The claim and the newest messages in one statement. The messages and inbox_seq are read from the statement's
     * snapshot (a message and its count are committed together, so they agree), the rest as the claim left it.
     * The claim commits without waiting for the WAL flush: at 300 msg/s most of the backends' time waiting was for
     * that flush, and a lease lost in a database crash only lets the conversation be claimed again.
     */
    @Override
    public Optional<Turn> claim(Lease lease, Instant now, Duration duration, int historyLimit) {
        return jdbc.sql("""
                with claimed as (
                    update conversation set lease_owner = ?, lease_until = ?
                     where id = ? and work_due_at <= ? and (lease_until is null or lease_until < ?)
                    returning id, tenant_id, customer_identity, customer_name, is_staff, status, escalated_at,
                              human_active_at, opted_out, after_hours_sent_at, welcomed, booking_offer, interest_model,
                              account_id, customer_wrote_at)
                select claimed.*, seen.inbox_seq, m.id as message_id, m.direction, m.state, m.sender_type, m.content,
                       m.message_type, m.media_url, m.attempts, set_config('synchronous_commit', 'off', true),
                       (select client_id from gateway_account a where a.id = claimed.account_id) as gateway_client_id
                  from claimed
                  join conversation seen on seen.id = claimed.id
                  left join lateral (select id, direction, state, sender_type, content, message_type, media_url, attempts
                                       from message where conversation_id = claimed.id order by id desc limit ?) m on true
                 order by m.id desc""")
                .params(
                        lease.owner(),
                        Timestamps.db(now.plus(duration)),
                        lease.conversationId(),
                        Timestamps.db(now),
                        Timestamps.db(now),
                        historyLimit + TurnMessages.WINDOW_SLACK)
                .query(rs -> {
                    if (!rs.next()) {
                        return Optional.<Claimed>empty(); // not due, or another holder has it
                    }
                    // every row carries the conversation; a conversation without messages has one row and no message
                    var claimed =
                            new Claimed(rs.getLong("account_id"), TurnMessages.conversation(rs), new ArrayList<>());
                    do {
                        if (rs.getObject("message_id") != null) {
                            claimed.newest().add(TurnMessages.recent(rs, "message_id"));
                        }
                    } while (rs.next());
                    return Optional.of(claimed);
                })
                .map(claimed -> messages.load(claimed, historyLimit));
    }

    /**
     * The common turn (one message, at most one reply to the customer, no escalation) completed in one statement,
     * without a transaction of its own; any other turn, or one the fence refused, goes the portable way.
     */
    @Override
    public Optional<RepliesQueued> complete(Lease lease, Turn turn, TurnOutcome outcome, Instant now) {
        var reply = outcome.replies().isEmpty() ? null : outcome.replies().getFirst();
        // one message: with an array of them PostgreSQL planned the statement anew on every call (a generic plan of
        // unnest() over a parameter guesses 10 rows), 0.48 ms a turn; a burst takes the transactional path
        if (outcome.escalation() != null
                || outcome.replies().size() > 1
                || outcome.classified().size() != 1
                || (reply != null && reply.conversationId() == null)) {
            return super.complete(lease, turn, outcome, now);
        }
        // other modules' writes commit on their own first: they are idempotent, so a turn the fence then refuses
        // (its redo makes the same writes) or a crash before the completion (the turn is redone) leaves them right
        outcome.writes().forEach(Runnable::run);
        var written = outcome.withoutWrites();
        return inOneStatement(lease, turn, written, reply, now).or(() -> super.complete(lease, turn, written, now));
    }

    /**
     * The conversation's fenced update (as the portable completion tries first), its message marked done, and its
     * reply stored. Empty when the fence refused it (lease lost, or the conversation changed since the turn was
     * loaded): nothing of the turn itself was written, and the portable completion then decides.
     */
    private Optional<RepliesQueued> inOneStatement(
            Lease lease, Turn turn, TurnOutcome outcome, TurnOutcome.Reply reply, Instant now) {
        var at = Timestamps.db(now);
        var params = outcomeParams(turn, outcome, at, true);
        params.addAll(Arrays.asList(
                turn.conversationId(), lease.owner(), turn.status().value(), Timestamps.db(turn.humanActiveAt())));
        var classified = outcome.classified().getFirst();
        params.addAll(Arrays.asList(
                classified.intent(),
                classified.confidence(),
                classified.entitiesJson(),
                outcome.processingMs(),
                turn.messages().size(),
                classified.messageId()));
        var outbound = reply == null ? null : completion.outbound(reply);
        params.addAll(Arrays.asList(
                reply == null ? null : reply.senderType(),
                reply == null ? null : reply.text(),
                outbound == null ? null : outbound.type(),
                outbound == null ? null : outbound.media(),
                reply == null ? null : reply.recipient(),
                turn.messages().getLast().id(),
                at,
                Timestamps.db(turn.gatewayClientId() == null ? null : now.plus(RepliesQueued.SEND_LEASE)),
                reply == null ? null : TurnCompletion.purpose(reply),
                reply != null));
        return jdbc.sql(COMPLETE_IN_ONE_STATEMENT).params(params).query(rs -> {
            rs.next();
            if (rs.getLong("held") == 0) {
                return Optional.<RepliesQueued>empty();
            }
            if (reply == null) {
                return Optional.of(new RepliesQueued(List.of(), false));
            }
            if (rs.getObject("lease_until") == null) {
                return Optional.of(new RepliesQueued(List.of(), true)); // waits behind an earlier message
            }
            return Optional.of(new RepliesQueued(
                    List.of(new RepliesQueued.Leased(
                            rs.getLong("id"),
                            turn.gatewayClientId(),
                            reply.recipient(),
                            outbound.type(),
                            reply.text(),
                            outbound.media(),
                            TurnCompletion.purpose(reply),
                            TurnCompletion.recipientWroteAt(turn, reply))),
                    false));
        });
    }
}
