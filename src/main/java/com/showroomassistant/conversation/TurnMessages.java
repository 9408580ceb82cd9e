package com.showroomassistant.conversation;

import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a claimed conversation as a turn: its newest messages in one read, the pending inbound ones the turn and the
 * ones before them its history.
 */
@Component
class TurnMessages {

    /** Messages read beyond a turn's pending ones, so a long burst still leaves room for its history. */
    static final int WINDOW_SLACK = 20;

    private static final String PENDING = """
            select id, content, message_type, media_url, attempts from message
             where conversation_id = ? and direction = 'inbound' and state = 'pending'
             order by id""";
    private static final RowMapper<Turn.Pending> PENDING_ROW =
            (rs, n) -> new Turn.Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5));

    private final JdbcClient jdbc;

    TurnMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A claimed conversation: its gateway account, the conversation as the claim left it, and its newest messages
     * when the claim read them too (null: not read yet).
     */
    record Claimed(long accountId, Turn conversation, List<Recent> newest) {}

    record Recent(Turn.Pending message, boolean inbound, String state, String senderType, String gatewayClientId) {

        boolean isPendingInbound() {
            return inbound && "pending".equals(state);
        }

        boolean isHistory() {
            return message.text() != null
                    && !"system".equals(senderType)
                    && List.of("done", "sent", "recorded", "pending").contains(state);
        }
    }

    /**
     * The turn of a claimed conversation. The claim read the conversation row (its inbox_seq) first: a message stored
     * after it bumps the counter, so release() keeps the conversation due even if that message is not in this turn.
     * Then its newest messages in one read: the pending inbound ones are the turn, the ones before them its history.
     */
    Turn load(Claimed claimed, int historyLimit) {
        long conversationId = claimed.conversation().conversationId();
        int window = historyLimit + WINDOW_SLACK;
        List<Recent> newest = claimed.newest() != null
                ? claimed.newest()
                : jdbc.sql("""
                select id, direction, state, sender_type, content, message_type, media_url, attempts,
                       (select client_id from gateway_account where id = ?) as gateway_client_id
                  from message where conversation_id = ? order by id desc limit ?""")
                        .params(claimed.accountId(), conversationId, window)
                        .query((rs, n) -> recent(rs, "id"))
                        .list();
        boolean full = newest.size() == window;
        var inbound = newest.stream().filter(Recent::inbound).toList();
        // pending inbound messages are the newest inbound ones: all are in the window unless it is full of them
        List<Turn.Pending> pending = full
                        && (inbound.isEmpty() || inbound.getLast().isPendingInbound())
                ? jdbc.sql(PENDING).param(conversationId).query(PENDING_ROW).list()
                : newest.reversed().stream()
                        .filter(Recent::isPendingInbound)
                        .map(Recent::message)
                        .toList();
        long firstPending =
                pending.isEmpty() ? Long.MAX_VALUE : pending.getFirst().id();
        List<Turn.Earlier> history = newest.stream()
                .filter(r -> r.message().id() < firstPending && r.isHistory())
                .limit(historyLimit)
                .map(r -> new Turn.Earlier(r.inbound(), r.message().text()))
                .toList()
                .reversed();
        if (full && history.size() < historyLimit) {
            history = history(conversationId, firstPending, historyLimit);
        }
        String gatewayClientId = newest.isEmpty() ? null : newest.getFirst().gatewayClientId();
        return claimed.conversation().with(gatewayClientId, pending, history);
    }

    private List<Turn.Earlier> history(long conversationId, long before, int limit) {
        List<Turn.Earlier> recent = new ArrayList<>(jdbc.sql("""
                select direction, content from message
                 where conversation_id = ? and id < ? and content is not null
                   and state in ('done', 'sent', 'recorded', 'pending') and sender_type <> 'system'
                 order by id desc limit ?""")
                .params(conversationId, before, limit)
                .query((rs, n) -> new Turn.Earlier("inbound".equals(rs.getString(1)), rs.getString(2)))
                .list());
        Collections.reverse(recent);
        return recent;
    }

    /** One of the newest messages, read by the claim or by {@link #load}. */
    static Recent recent(ResultSet rs, String idColumn) throws SQLException {
        return new Recent(
                new Turn.Pending(
                        rs.getLong(idColumn),
                        rs.getString("content"),
                        rs.getString("message_type"),
                        rs.getString("media_url"),
                        rs.getInt("attempts")),
                "inbound".equals(rs.getString("direction")),
                rs.getString("state"),
                rs.getString("sender_type"),
                rs.getString("gateway_client_id"));
    }

    /** The conversation as a claim returned it, without messages yet. */
    static Turn conversation(ResultSet rs) throws SQLException {
        return new Turn(
                rs.getLong("id"),
                new TenantId(rs.getLong("tenant_id")),
                rs.getString("customer_identity"),
                rs.getString("customer_name"),
                rs.getBoolean("is_staff"),
                ConversationStatus.of(rs.getString("status")),
                Timestamps.read(rs, "escalated_at"),
                Timestamps.read(rs, "human_active_at"),
                rs.getBoolean("opted_out"),
                Timestamps.read(rs, "after_hours_sent_at"),
                rs.getBoolean("welcomed"),
                rs.getLong("inbox_seq"),
                rs.getString("booking_offer"),
                rs.getString("interest_model"),
                Timestamps.read(rs, "customer_wrote_at"),
                null,
                List.of(),
                List.of());
    }
}
