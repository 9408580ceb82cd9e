package com.showroomassistant.pipeline;

import com.showroomassistant.assistant.HistoryTurn;
import com.showroomassistant.conversation.ConversationEvents;
import com.showroomassistant.conversation.RepliesQueued;
import com.showroomassistant.shared.Databases;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inbox's SQL: conversations are claimed with a conditional lease update (one holder at a time,
 * across instances), and a turn completes in one transaction fenced by that lease.
 */
@Component
class TurnStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final JsonMapper json;
    private final ConversationEvents events;
    /** PostgreSQL claims a conversation and reads its messages in one statement (H2 has no data-modifying CTEs). */
    private final boolean postgres;
    private final TransactionTemplate tx;

    TurnStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate, JsonMapper json, ConversationEvents events, DataSource dataSource,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.jdbcTemplate = jdbcTemplate;
        this.json = json;
        this.events = events;
        this.postgres = Databases.isPostgres(dataSource);
    }

    record Lease(long conversationId, String owner) {}

    private static final String PENDING = """
            select id, content, message_type, media_url, attempts from message
             where conversation_id = ? and direction = 'inbound' and state = 'pending'
             order by id""";
    private static final org.springframework.jdbc.core.RowMapper<Turn.Pending> PENDING_ROW =
            (rs, n) -> new Turn.Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5));

    List<Long> due(Instant now, int limit) {
        return jdbc.sql("""
                select id from conversation
                 where work_due_at <= ? and (lease_until is null or lease_until < ?)
                 order by work_due_at limit ?""")
                .params(Timestamps.db(now), Timestamps.db(now), limit)
                .query(Long.class)
                .list();
    }

    /**
     * A claimed conversation: the lease, the conversation as the claim left it, and its newest messages when the claim
     * read them too (null: not read yet).
     */
    record Claimed(Lease lease, long accountId, Turn conversation, List<Recent> newest) {}

    /** The conversation's columns a turn needs, returned by the claim itself (the driver's generated-keys call). */
    private static final String[] TURN_COLUMNS = {"id", "tenant_id", "customer_identity", "customer_name", "is_staff",
        "status", "escalated_at", "human_active_at", "opted_out", "after_hours_sent_at", "welcomed", "inbox_seq",
        "booking_offer", "interest_model", "account_id"};

    /** Claims a due conversation with a lease, and reads it in the same round trip (on PostgreSQL, its messages too). */
    Optional<Claimed> claim(long conversationId, String owner, Instant now, Duration lease, int historyLimit) {
        if (postgres) {
            return claimWithMessages(conversationId, owner, now, lease, historyLimit + WINDOW_SLACK);
        }
        return Optional.ofNullable(jdbcTemplate.execute(connection -> {
            var claim = connection.prepareStatement("""
                    update conversation set lease_owner = ?, lease_until = ?
                     where id = ? and work_due_at <= ? and (lease_until is null or lease_until < ?)""", TURN_COLUMNS);
            claim.setString(1, owner);
            claim.setObject(2, Timestamps.db(now.plus(lease)));
            claim.setLong(3, conversationId);
            claim.setObject(4, Timestamps.db(now));
            claim.setObject(5, Timestamps.db(now));
            return claim;
        }, (PreparedStatementCallback<Claimed>) claim -> {
            if (claim.executeUpdate() != 1) {
                return null;
            }
            try (var rs = claim.getGeneratedKeys()) {
                return rs.next() ? new Claimed(new Lease(conversationId, owner), rs.getLong("account_id"), turn(rs), null) : null;
            }
        }));
    }

    /**
     * The claim and the newest messages in one statement. The messages and inbox_seq are read from the statement's
     * snapshot (a message and its count are committed together, so they agree), the rest as the claim left it.
     * The claim commits without waiting for the WAL flush: at 300 msg/s most of the backends' time waiting was for
     * that flush, and a lease lost in a database crash only lets the conversation be claimed again.
     */
    private Optional<Claimed> claimWithMessages(long conversationId, String owner, Instant now, Duration lease, int window) {
        return jdbc.sql("""
                with claimed as (
                    update conversation set lease_owner = ?, lease_until = ?
                     where id = ? and work_due_at <= ? and (lease_until is null or lease_until < ?)
                    returning id, tenant_id, customer_identity, customer_name, is_staff, status, escalated_at,
                              human_active_at, opted_out, after_hours_sent_at, welcomed, booking_offer, interest_model,
                              account_id)
                select claimed.*, seen.inbox_seq, m.id as message_id, m.direction, m.state, m.sender_type, m.content,
                       m.message_type, m.media_url, m.attempts, set_config('synchronous_commit', 'off', true),
                       (select client_id from gateway_account a where a.id = claimed.account_id) as gateway_client_id
                  from claimed
                  join conversation seen on seen.id = claimed.id
                  left join lateral (select id, direction, state, sender_type, content, message_type, media_url, attempts
                                       from message where conversation_id = claimed.id order by id desc limit ?) m on true
                 order by m.id desc""")
                .params(owner, Timestamps.db(now.plus(lease)), conversationId, Timestamps.db(now), Timestamps.db(now), window)
                .query(rs -> {
                    if (!rs.next()) {
                        return Optional.<Claimed>empty(); // not due, or another holder has it
                    }
                    // every row carries the conversation; a conversation without messages has one row and no message
                    var claimed = new Claimed(new Lease(conversationId, owner), rs.getLong("account_id"), turn(rs),
                            new ArrayList<>());
                    do {
                        if (rs.getObject("message_id") != null) {
                            claimed.newest().add(recent(rs, "message_id"));
                        }
                    } while (rs.next());
                    return Optional.of(claimed);
                });
    }

    private static Recent recent(ResultSet rs, String idColumn) throws SQLException {
        return new Recent(new Turn.Pending(rs.getLong(idColumn), rs.getString("content"), rs.getString("message_type"),
                rs.getString("media_url"), rs.getInt("attempts")),
                "inbound".equals(rs.getString("direction")), rs.getString("state"), rs.getString("sender_type"),
                rs.getString("gateway_client_id"));
    }

    private static Turn turn(ResultSet rs) throws SQLException {
        return new Turn(
                rs.getLong("id"),
                new TenantId(rs.getLong("tenant_id")),
                rs.getString("customer_identity"),
                rs.getString("customer_name"),
                rs.getBoolean("is_staff"),
                rs.getString("status"),
                Timestamps.read(rs, "escalated_at"),
                Timestamps.read(rs, "human_active_at"),
                rs.getBoolean("opted_out"),
                Timestamps.read(rs, "after_hours_sent_at"),
                rs.getBoolean("welcomed"),
                rs.getLong("inbox_seq"),
                rs.getString("booking_offer"),
                rs.getString("interest_model"),
                null,
                List.of(),
                List.of());
    }

    /** Extends a lease we still hold; a lost lease stays lost (the fence then refuses our result). */
    boolean renew(Lease lease, Instant now, Duration duration) {
        return jdbc.sql("update conversation set lease_until = ? where id = ? and lease_owner = ?")
                .params(Timestamps.db(now.plus(duration)), lease.conversationId(), lease.owner())
                .update() == 1;
    }

    /**
     * The turn of a claimed conversation. The claim read the conversation row (its inbox_seq) first: a message stored
     * after it bumps the counter, so release() keeps the conversation due even if that message is not in this turn.
     * Then its newest messages in one read: the pending inbound ones are the turn, the ones before them its history.
     */
    Turn load(Claimed claimed, int historyLimit) {
        Lease lease = claimed.lease();
        int window = historyLimit + WINDOW_SLACK;
        List<Recent> newest = claimed.newest() != null ? claimed.newest() : jdbc.sql("""
                select id, direction, state, sender_type, content, message_type, media_url, attempts,
                       (select client_id from gateway_account where id = ?) as gateway_client_id
                  from message where conversation_id = ? order by id desc limit ?""")
                .params(claimed.accountId(), lease.conversationId(), window)
                .query((rs, n) -> recent(rs, "id"))
                .list();
        boolean full = newest.size() == window;
        var inbound = newest.stream().filter(Recent::inbound).toList();
        // pending inbound messages are the newest inbound ones: all are in the window unless it is full of them
        List<Turn.Pending> pending = full && (inbound.isEmpty() || inbound.getLast().isPendingInbound())
                ? jdbc.sql(PENDING).param(lease.conversationId()).query(PENDING_ROW).list()
                : newest.reversed().stream().filter(Recent::isPendingInbound).map(Recent::message).toList();
        long firstPending = pending.isEmpty() ? Long.MAX_VALUE : pending.getFirst().id();
        List<HistoryTurn> history = newest.stream()
                .filter(r -> r.message().id() < firstPending && r.isHistory())
                .limit(historyLimit)
                .map(r -> new HistoryTurn(r.inbound(), r.message().text()))
                .toList()
                .reversed();
        if (full && history.size() < historyLimit) {
            history = history(lease.conversationId(), firstPending, historyLimit);
        }
        String gatewayClientId = newest.isEmpty() ? null : newest.getFirst().gatewayClientId();
        return claimed.conversation().with(gatewayClientId, pending, history);
    }

    /** Messages read beyond a turn's pending ones, so a long burst still leaves room for its history. */
    private static final int WINDOW_SLACK = 20;

    record Recent(Turn.Pending message, boolean inbound, String state, String senderType, String gatewayClientId) {

        boolean isPendingInbound() {
            return inbound && "pending".equals(state);
        }

        boolean isHistory() {
            return message.text() != null && !"system".equals(senderType)
                    && List.of("done", "sent", "recorded", "pending").contains(state);
        }
    }

    private List<HistoryTurn> history(long conversationId, long before, int limit) {
        List<HistoryTurn> recent = new ArrayList<>(jdbc.sql("""
                select direction, content from message
                 where conversation_id = ? and id < ? and content is not null
                   and state in ('done', 'sent', 'recorded', 'pending') and sender_type <> 'system'
                 order by id desc limit ?""")
                .params(conversationId, before, limit)
                .query((rs, n) -> new HistoryTurn("inbound".equals(rs.getString(1)), rs.getString(2)))
                .list());
        Collections.reverse(recent);
        return recent;
    }

    /**
     * PostgreSQL: the common turn completed in one statement, without a transaction of its own: the conversation's
     * fenced update (as {@link #completeInTransaction} tries first), its messages marked done, and its one reply
     * stored. Empty when the turn is not the common one (an escalation, a burst, several replies) or when the fence
     * refused it (lease lost, or the conversation changed since the turn was loaded): nothing of the turn itself was
     * written, and {@link #completeInTransaction} then decides.
     */
    private Optional<RepliesQueued> completeInOneStatement(Lease lease, Turn turn, TurnResult result, Instant now) {
        var reply = result.outgoing.isEmpty() ? null : result.outgoing.getFirst();
        // one message: with an array of them PostgreSQL planned the statement anew on every call (a generic plan of
        // unnest() over a parameter guesses 10 rows), 0.48 ms a turn; a burst takes the transactional path
        if (!postgres || result.escalation != null || result.outgoing.size() > 1 || result.classified.size() != 1
                || (reply != null && reply.conversationId() == null)) {
            return Optional.empty();
        }
        // other modules' writes commit on their own first: they are idempotent, so a turn the fence then refuses
        // (its redo makes the same writes) or a crash before the completion (the turn is redone) leaves them right
        result.writes.forEach(Runnable::run);
        result.writes.clear();
        var at = Timestamps.db(now);
        var params = outcomeParams(turn, result, at, true);
        params.addAll(java.util.Arrays.asList(turn.conversationId(), lease.owner(), turn.status(),
                Timestamps.db(turn.humanActiveAt())));
        var classified = result.classified.getFirst();
        params.addAll(java.util.Arrays.asList(classified.intent(), classified.confidence(), classified.entitiesJson(),
                result.processingMs, turn.messages().size(), classified.messageId()));
        var outbound = reply == null ? null : outbound(reply);
        params.addAll(java.util.Arrays.asList(reply == null ? null : reply.senderType(), reply == null ? null : reply.text(),
                outbound == null ? null : outbound.type(), outbound == null ? null : outbound.media(),
                reply == null ? null : reply.recipient(), turn.messages().getLast().id(), at,
                Timestamps.db(turn.gatewayClientId() == null ? null : now.plus(RepliesQueued.SEND_LEASE)),
                reply != null));
        return jdbc.sql(COMPLETE_IN_ONE_STATEMENT)
                .params(params)
                .query(rs -> {
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
                    return Optional.of(new RepliesQueued(List.of(new RepliesQueued.Leased(rs.getLong("id"),
                            turn.gatewayClientId(), reply.recipient(), outbound.type(), reply.text(), outbound.media())),
                            false));
                });
    }

    /**
     * Writes the turn's outcome and releases the lease; empty (nothing written) if the lease was lost. The first
     * customer reply is stored already leased for sending when nothing of the conversation waits before it, so this
     * instance sends it at once (the outbox's poll takes it only if that lease runs out).
     */
    Optional<RepliesQueued> complete(Lease lease, Turn turn, TurnResult result, Instant now) {
        return completeInOneStatement(lease, turn, result, now)
                .or(() -> tx.execute(status -> completeInTransaction(lease, turn, result, now)));
    }

    private Optional<RepliesQueued> completeInTransaction(Lease lease, Turn turn, TurnResult result, Instant now) {
        var at = Timestamps.db(now);
        // the common case in one round trip: the conversation's update is fenced by the lease and by the state the
        // turn was loaded with, and takes the row's lock; only when either changed is the row read under lock
        boolean takenOver = false;
        if (updateConversation(lease, turn, result, at, true, true) == 0) {
            var held = lockIfHeld(lease, turn);
            if (held.isEmpty()) {
                return Optional.empty();
            }
            takenOver = held.get().takenOver();
            updateConversation(lease, turn, result, at, !takenOver, false);
        }
        result.writes.forEach(Runnable::run);
        for (TurnResult.Classified c : result.classified) {
            jdbc.sql("""
                    update message set state = 'done', intent = ?, confidence = ?, entities = ?, processing_ms = ?,
                           turn_size = ?
                     where id = ? and state = 'pending'""")
                    .params(c.intent(), c.confidence(), c.entitiesJson(), result.processingMs, turn.messages().size(), c.messageId())
                    .update();
        }
        long replyTo = turn.messages().getLast().id();
        Instant sendLease = turn.gatewayClientId() == null ? null : now.plus(RepliesQueued.SEND_LEASE);
        List<RepliesQueued.Leased> leased = new ArrayList<>();
        boolean others = false;
        for (TurnResult.Outgoing out : result.outgoing) {
            if (takenOver && out.conversationId() != null) {
                continue;
            }
            var stored = insertOutbound(lease, out, replyTo, at, out.conversationId() == null ? null : sendLease,
                    turn.gatewayClientId());
            if (stored.isPresent()) {
                leased.add(stored.get());
            } else {
                others = true;
            }
        }
        if (result.escalation != null) {
            events.escalated(turn.conversationId(), result.escalation, at);
        }
        return Optional.of(new RepliesQueued(leased, others));
    }

    /** The conversation's columns a turn's outcome sets, and the lease's release; parameters from outcomeParams. */
    private static final String TURN_OUTCOME = """
            last_intent = coalesce(?, last_intent), interest_model = coalesce(?, interest_model),
            status = case when ? then 'escalated' when ? then 'active' else status end,
            escalated_at = case when ? then ? when ? then null else escalated_at end,
            escalation_reason = case when ? then ? when ? then null else escalation_reason end,
            staff_notified_at = case when ? then ? else staff_notified_at end,
            human_active_at = case when ? then null else human_active_at end,
            opted_out = coalesce(?, opted_out),
            after_hours_sent_at = coalesce(?, after_hours_sent_at),
            welcomed = welcomed or ?,
            lease_owner = null, lease_until = null,
            work_due_at = case when inbox_seq = ? then null else ? end
            """;

    private static List<Object> outcomeParams(Turn turn, TurnResult result, OffsetDateTime at, boolean resumable) {
        boolean resumed = result.resumed && resumable;
        boolean escalating = result.escalation != null;
        return new ArrayList<>(java.util.Arrays.asList(result.lastIntent, result.interestModel, escalating, resumed,
                escalating, at, resumed,
                escalating, result.escalation, resumed,
                escalating, at,
                resumed,
                result.optedOut,
                Timestamps.db(result.afterHoursSentAt),
                result.welcomed,
                turn.inboxSeq(), at));
    }

    /** Parameters: outcomeParams, the fence, the message's classification, then the reply (whether there is one last). */
    private static final String COMPLETE_IN_ONE_STATEMENT = "with held as (update conversation set " + TURN_OUTCOME + """
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

    private static final String INSERT_OUTBOUND = outboundFrom("c", "?") + " from conversation c where c.id = ?";

    /**
     * Stores an outbound message selected with the conversation's row {@code row}, leased until the last parameter
     * unless an earlier message of the conversation still waits to be sent (then it waits its turn).
     */
    private static String outboundFrom(String row, String conversationId) {
        return """
                insert into message (tenant_id, account_id, conversation_id, direction, sender_type, content, message_type,
                                     media_meta, state, recipient, reply_to_id, next_attempt_at, lease_until)
                select tenant_id, account_id, %2$s, 'outbound', ?, ?, ?, ?, 'pending', ?, ?, ?,
                       case when exists (select 1 from message p where p.conversation_id = %1$s.id
                                           and p.direction = 'outbound' and p.state = 'pending') then null
                            else cast(? as timestamp with time zone) end
                """.formatted(row, conversationId);
    }

    /**
     * The turn's state and the lease's release in one statement; a message stored after the turn was loaded bumped
     * inbox_seq, so the conversation stays due for it.
     *
     * @param resumable whether the result may resume an escalated conversation (not when a human took over meanwhile)
     * @param asLoaded also require the status and human takeover the turn was loaded with (the one-round-trip path)
     */
    private int updateConversation(Lease lease, Turn turn, TurnResult result, OffsetDateTime at, boolean resumable,
            boolean asLoaded) {
        var params = outcomeParams(turn, result, at, resumable);
        params.addAll(java.util.Arrays.asList(turn.conversationId(), lease.owner(),
                !asLoaded, turn.status(), Timestamps.db(turn.humanActiveAt())));
        return jdbc.sql("update conversation set " + TURN_OUTCOME + """
                 where id = ? and lease_owner = ?
                   and (? or (status = ? and human_active_at is not distinct from ?))""")
                .params(params)
                .update();
    }

    /** A turn that threw: back off and retry, or after the last attempt mark it failed and escalate. */
    @Transactional
    boolean fail(Lease lease, Turn turn, String error, int maxAttempts, Instant now, List<TurnResult.Outgoing> onGiveUp) {
        if (lockIfHeld(lease, turn).isEmpty()) {
            return false;
        }
        String reason = error.length() > 480 ? error.substring(0, 480) : error;
        int attempts = turn.maxAttempts() + 1;
        if (attempts < maxAttempts) {
            for (Turn.Pending p : turn.messages()) {
                jdbc.sql("update message set attempts = attempts + 1, last_error = ? where id = ?").params(reason, p.id()).update();
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
        for (TurnResult.Outgoing out : onGiveUp) {
            insertOutbound(lease, out, turn.messages().getLast().id(), at, null, null);
        }
        if (!"escalated".equals(turn.status())) {
            events.escalated(turn.conversationId(), "processing_failed", at);
        }
        jdbc.sql("""
                update conversation set status = 'escalated', escalated_at = ?, escalation_reason = 'processing_failed',
                       staff_notified_at = ?, lease_owner = null, lease_until = null,
                       work_due_at = case when inbox_seq = ? then null else ? end
                 where id = ?""")
                .params(at, at, turn.inboxSeq(), at, turn.conversationId())
                .update();
        return true;
    }

    /**
     * Hands a conversation back untouched, due again at {@code dueAt}: messages stored meanwhile keep that time (the
     * inbox only sets a missing one), so they are answered together then.
     */
    void postpone(Lease lease, Instant dueAt) {
        jdbc.sql("update conversation set lease_owner = null, lease_until = null, work_due_at = ? where id = ? and lease_owner = ?")
                .params(Timestamps.db(dueAt), lease.conversationId(), lease.owner())
                .update();
    }

    /** Hands a conversation back without a result (nothing pending, or shutting down). */
    void release(Lease lease, long seenSeq, Instant now) {
        jdbc.sql("""
                update conversation set lease_owner = null, lease_until = null,
                       work_due_at = case when inbox_seq = ? then null else ? end
                 where id = ? and lease_owner = ?""")
                .params(seenSeq, Timestamps.db(now), lease.conversationId(), lease.owner())
                .update();
    }

    /** Re-queues conversations whose pending messages lost their due time (belt and braces). */
    int requeueStranded(Instant now) {
        return jdbc.sql("""
                update conversation set work_due_at = ?
                 where work_due_at is null and exists (select 1 from message m where m.conversation_id = conversation.id
                       and m.direction = 'inbound' and m.state = 'pending')""")
                .param(Timestamps.db(now))
                .update();
    }

    long inboxDepth() {
        return jdbc.sql("select count(*) from message where direction = 'inbound' and state = 'pending'")
                .query(Long.class)
                .single();
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
                    boolean newEscalation = "escalated".equals(rs.getString("status")) && !"escalated".equals(turn.status());
                    return Optional.of(new Held(newHuman || newEscalation));
                })
                .optional()
                .flatMap(held -> held);
    }

    /**
     * Stores an outbound message; with {@code leaseUntil}, leased for sending at once unless an earlier message of the
     * conversation still waits to be sent (then it waits its turn). Returns the message when it was leased.
     */
    private Optional<RepliesQueued.Leased> insertOutbound(Lease lease, TurnResult.Outgoing out, long replyTo,
            OffsetDateTime at, Instant leaseUntil, String clientId) {
        var outbound = outbound(out);
        String type = outbound.type();
        String media = outbound.media();
        var key = new GeneratedKeyHolder();
        jdbc.sql(INSERT_OUTBOUND)
                .params(out.conversationId(), out.senderType(), out.text(), type, media, out.recipient(), replyTo, at,
                        Timestamps.db(leaseUntil), lease.conversationId())
                .update(key, "id", "lease_until");
        if (key.getKeys() == null || key.getKeys().get("lease_until") == null) {
            return Optional.empty();
        }
        long id = ((Number) key.getKeys().get("id")).longValue();
        return Optional.of(new RepliesQueued.Leased(id, clientId, out.recipient(), type, out.text(), media));
    }

    /** An outgoing message's stored form: "text", or "images" with the photos as JSON. */
    private record Outbound(String type, String media) {}

    private Outbound outbound(TurnResult.Outgoing out) {
        boolean images = out.photos() != null && !out.photos().isEmpty();
        return new Outbound(images ? "images" : "text", images ? json.writeValueAsString(out.photos()) : null);
    }
}
