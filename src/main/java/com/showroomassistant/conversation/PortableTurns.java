package com.showroomassistant.conversation;

import com.showroomassistant.conversation.TurnMessages.Claimed;
import com.showroomassistant.shared.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The turns on any database: the claim returns the conversation's row through the driver's generated keys, then its
 * messages are read; a turn completes in a transaction. {@link PostgresTurns} does the hot paths in one statement.
 */
class PortableTurns implements Turns {

    /** The conversation's columns a turn needs, returned by the claim itself (the driver's generated-keys call). */
    private static final String[] TURN_COLUMNS = {
        "id",
        "tenant_id",
        "customer_identity",
        "customer_name",
        "is_staff",
        "status",
        "escalated_at",
        "human_active_at",
        "opted_out",
        "after_hours_sent_at",
        "welcomed",
        "inbox_seq",
        "booking_offer",
        "interest_model",
        "account_id",
        "customer_wrote_at"
    };

    final JdbcClient jdbc;
    final TurnMessages messages;
    final TurnCompletion completion;
    private final JdbcTemplate jdbcTemplate;

    PortableTurns(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TurnMessages messages, TurnCompletion completion) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.messages = messages;
        this.completion = completion;
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return jdbc.sql("""
                select id from conversation
                 where work_due_at <= ? and (lease_until is null or lease_until < ?)
                 order by work_due_at limit ?""")
                .params(Timestamps.db(now), Timestamps.db(now), limit)
                .query(Long.class)
                .list();
    }

    @Override
    public Optional<Turn> claim(Lease lease, Instant now, Duration duration, int historyLimit) {
        return Optional.ofNullable(jdbcTemplate.execute(
                        connection -> {
                            var claim = connection.prepareStatement("""
                    update conversation set lease_owner = ?, lease_until = ?
                     where id = ? and work_due_at <= ? and (lease_until is null or lease_until < ?)""", TURN_COLUMNS);
                            claim.setString(1, lease.owner());
                            claim.setObject(2, Timestamps.db(now.plus(duration)));
                            claim.setLong(3, lease.conversationId());
                            claim.setObject(4, Timestamps.db(now));
                            claim.setObject(5, Timestamps.db(now));
                            return claim;
                        },
                        (PreparedStatementCallback<Claimed>) claim -> {
                            if (claim.executeUpdate() != 1) {
                                return null;
                            }
                            try (var rs = claim.getGeneratedKeys()) {
                                return rs.next()
                                        ? new Claimed(rs.getLong("account_id"), TurnMessages.conversation(rs), null)
                                        : null;
                            }
                        }))
                .map(claimed -> messages.load(claimed, historyLimit));
    }

    @Override
    public boolean renew(Lease lease, Instant now, Duration duration) {
        return jdbc.sql("update conversation set lease_until = ? where id = ? and lease_owner = ?")
                        .params(Timestamps.db(now.plus(duration)), lease.conversationId(), lease.owner())
                        .update()
                == 1;
    }

    @Override
    public Optional<RepliesQueued> complete(Lease lease, Turn turn, TurnOutcome outcome, Instant now) {
        return completion.complete(lease, turn, outcome, now);
    }

    @Override
    public boolean fail(
            Lease lease, Turn turn, String error, int maxAttempts, Instant now, List<TurnOutcome.Reply> onGiveUp) {
        return completion.fail(lease, turn, error, maxAttempts, now, onGiveUp);
    }

    @Override
    public void postpone(Lease lease, Instant dueAt) {
        jdbc.sql(
                        "update conversation set lease_owner = null, lease_until = null, work_due_at = ? where id = ? and lease_owner = ?")
                .params(Timestamps.db(dueAt), lease.conversationId(), lease.owner())
                .update();
    }

    @Override
    public void release(Lease lease, long seenSeq, Instant now) {
        jdbc.sql("""
                update conversation set lease_owner = null, lease_until = null,
                       work_due_at = case when inbox_seq = ? then null else ? end
                 where id = ? and lease_owner = ?""")
                .params(seenSeq, Timestamps.db(now), lease.conversationId(), lease.owner())
                .update();
    }

    @Override
    public int requeueStranded(Instant now) {
        return jdbc.sql("""
                update conversation set work_due_at = ?
                 where work_due_at is null and exists (select 1 from message m where m.conversation_id = conversation.id
                       and m.direction = 'inbound' and m.state = 'pending')""").param(Timestamps.db(now)).update();
    }

    @Override
    public long inboxDepth() {
        return jdbc.sql("select count(*) from message where direction = 'inbound' and state = 'pending'")
                .query(Long.class)
                .single();
    }
}
